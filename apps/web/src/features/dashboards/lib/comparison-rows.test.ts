import { describe, expect, it } from "vitest";
import { comparisonRows } from "./comparison-rows";

const calls = [
  { model: "big", count: 10, costUsd: 0.5, latencyP50: 900, latencyP95: 2000 },
  { model: "small", count: 20, costUsd: 0.1, latencyP50: 300, latencyP95: 700 },
  { model: "mid", count: 5, costUsd: 0.2, latencyP50: 500, latencyP95: 2500 },
  { model: "local", count: 4, costUsd: null, latencyP50: 100, latencyP95: 200 },
];

describe("comparisonRows", () => {
  it("puts cost per call beside the score mean and marks the front of cost against the score", () => {
    const scores = [
      { model: "big", "scoreMean:quality": 0.9 },
      { model: "small", "scoreMean:quality": 0.6 },
      { model: "mid", "scoreMean:quality": 0.5 },
    ];
    const rows = comparisonRows({ calls, scores, scoreKey: "scoreMean:quality" });
    expect(rows.map((row) => [row.model, row.costPerCall, row.scoreMean, row.isOnFront])).toEqual([
      ["big", 0.05, 0.9, true],
      ["small", 0.005, 0.6, true],
      ["mid", 0.04, 0.5, false],
      // Unpriced: no cost per call, so it cannot be placed on the front.
      ["local", null, null, false],
    ]);
  });

  it("compares cost against p95 latency without a score", () => {
    const rows = comparisonRows({ calls, scores: [], scoreKey: null });
    expect(rows.filter((row) => row.isOnFront).map((row) => row.model)).toEqual(["small"]);
  });
});
