import { describe, expect, it } from "vitest";
import { formatInstant, parseTimeZoneMode, zoneLabel } from "./time-zone";

describe("timestamps in the chosen clock", () => {
  const iso = "2026-03-29T00:59:58.007Z";

  it("reads UTC as UTC, to the millisecond, whatever the machine's zone", () => {
    expect(formatInstant(iso, "utc")).toBe("2026-03-29 00:59:58.007");
    expect(zoneLabel(iso, "utc")).toBe("UTC");
  });

  it("reads local time in the process's zone, with that zone's name", () => {
    const offsetMinutes = -new Date(iso).getTimezoneOffset();
    const local = new Date(Date.parse(iso) + offsetMinutes * 60_000).toISOString().replace("T", " ").slice(0, 23);
    expect(formatInstant(iso, "local")).toBe(local);
    expect(zoneLabel(iso, "local")).not.toBe("");
  });

  it("keeps text it cannot read, and falls back to local for an unknown cookie", () => {
    expect(formatInstant("not a time", "utc")).toBe("not a time");
    expect(parseTimeZoneMode("mars")).toBe("local");
    expect(parseTimeZoneMode("utc")).toBe("utc");
  });
});
