import type { TTraceSummary } from "@spanlight/core";
import { describe, expect, it } from "vitest";
import { appendPage, mergeLatest } from "./merge-traces";

const trace = (traceId: string, startTime: string, spanCount = 1) =>
  ({ traceId, startTime, spanCount }) as TTraceSummary;

describe("merge-traces", () => {
  it("prepends unseen traces newest first and refreshes the ones shown, keeping their order", () => {
    const shown = [trace("b", "2026-01-01T00:00:02Z"), trace("a", "2026-01-01T00:00:01Z")];
    const latest = [
      trace("c", "2026-01-01T00:00:03Z"),
      trace("d", "2026-01-01T00:00:04Z"),
      trace("b", "2026-01-01T00:00:02Z", 5),
    ];
    const merged = mergeLatest(shown, latest);
    expect(merged.rows.map((row) => row.traceId)).toEqual(["d", "c", "b", "a"]);
    expect(merged.rows[2]!.spanCount).toBe(5);
    expect(merged.freshIds).toEqual(["d", "c"]);
  });

  it("appends a page without repeating a trace that live mode already brought in", () => {
    const rows = appendPage(
      [trace("x", "2026-01-01T00:00:09Z"), trace("a", "2026-01-01T00:00:01Z")],
      [trace("x", "2026-01-01T00:00:09Z"), trace("z", "2026-01-01T00:00:00Z")],
    );
    expect(rows.map((row) => row.traceId)).toEqual(["x", "a", "z"]);
  });
});
