import { describe, expect, it } from "vitest";
import { canonicalSearch, listApiParams } from "./list-url";
import { readTimeRange } from "./time-range";

describe("list-url", () => {
  it("keeps known params in one order and drops blanks, defaults and strangers", () => {
    const messy = new URLSearchParams(
      "order=desc&status=error&foo=1&tags=a,b&name=&range=24h&sort=startTime&userId= u1 ",
    );
    expect(canonicalSearch(messy)).toBe("userId=u1&tags=a%2Cb&status=error");
  });

  it("drops the preset when custom bounds are given", () => {
    expect(canonicalSearch(new URLSearchParams("range=1h&from=2026-01-01T00:00:00Z"))).toBe(
      "from=2026-01-01T00%3A00%3A00Z",
    );
  });

  it("turns a preset into the API's `from`, measured back from now", () => {
    const now = Date.parse("2026-01-31T12:00:00Z");
    const params = listApiParams("range=15m&sort=cost", now);
    expect(params.get("range")).toBeNull();
    expect(params.get("from")).toBe("2026-01-31T11:45:00.000Z");
    expect(params.get("sort")).toBe("cost");
    expect(listApiParams("", now).get("from")).toBe("2026-01-30T12:00:00.000Z");
  });

  it("passes custom bounds through untouched", () => {
    const params = listApiParams("from=2026-01-01T00:00:00Z&to=2026-01-02T00:00:00Z", Date.now());
    expect(params.get("from")).toBe("2026-01-01T00:00:00Z");
    expect(params.get("to")).toBe("2026-01-02T00:00:00Z");
    expect(readTimeRange(params)).toEqual({ kind: "custom", from: "2026-01-01T00:00:00Z", to: "2026-01-02T00:00:00Z" });
  });
});
