import { describe, expect, it } from "vitest";
import { stackedPoints, timePoints } from "./series";

const window = { from: "2026-03-02T10:00:00.000Z", to: "2026-03-02T13:00:00.000Z" };
const hour = (h: number) => Date.UTC(2026, 2, 2, h);

describe("timePoints", () => {
  it("fills every bucket of the window, with 0 for sums and null for measures of nothing", () => {
    const rows = [{ time: "2026-03-02T11:00:00.000000Z", count: 4, latencyP95: 120 }];
    const counts = timePoints({ rows, window, granularity: "hour", measures: ["count"], fill: 0 });
    expect(counts.map((point) => [point.time, point.end, point.count])).toEqual([
      [hour(10), hour(11), 0],
      [hour(11), hour(12), 4],
      [hour(12), hour(13), 0],
    ]);
    const latency = timePoints({ rows, window, granularity: "hour", measures: ["latencyP95"], fill: null });
    expect(latency.map((point) => point.latencyP95)).toEqual([null, 120, null]);
  });
});

describe("stackedPoints", () => {
  it("keeps the largest series by total and folds the rest into Other", () => {
    const models = ["a", "b", "c", "d", "e", "f", "g"];
    const rows = models.map((model, index) => ({ time: "2026-03-02T10:00:00.000000Z", model, costUsd: 10 - index }));
    rows.push({ time: "2026-03-02T12:00:00.000000Z", model: null as unknown as string, costUsd: 0.5 });
    const { points, series } = stackedPoints({
      rows,
      window,
      granularity: "hour",
      seriesKey: "model",
      measure: "costUsd",
    });
    expect(series).toEqual(["a", "b", "c", "d", "e", "Other"]);
    expect(points[0]).toMatchObject({ a: 10, e: 6, Other: 5 + 4 });
    expect(points[2]).toMatchObject({ a: 0, Other: 0.5 });
  });
});
