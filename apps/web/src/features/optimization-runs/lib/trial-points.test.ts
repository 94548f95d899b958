import type { TOptimizationTrial } from "@spanlight/core";
import { describe, expect, it } from "vitest";
import { formatTrialScore, toTrialPoints } from "./trial-points";

const trial = (number: number | null, split: string, score: number | null): TOptimizationTrial => ({
  number,
  candidateId: null,
  parentIds: [],
  status: null,
  split,
  size: null,
  score,
  scoreScale: "percent",
  costUsd: null,
  traceIds: [],
});

describe("toTrialPoints", () => {
  it("keeps minibatch and full evaluations apart; best-so-far follows full evaluations only", () => {
    const points = toTrialPoints([
      trial(null, "val", 40),
      trial(1, "minibatch", 90),
      trial(1, "val", 55),
      trial(2, "val", 50),
    ]);
    expect(points.map((point) => [point.label, point.minibatch, point.full, point.bestSoFar])).toEqual([
      ["baseline", null, 40, 40],
      ["trial 1", 90, null, 40],
      ["trial 1", null, 55, 55],
      ["trial 2", null, 50, 55],
    ]);
  });

  it("formats percent and unit scores", () => {
    expect(formatTrialScore(62.5, "percent")).toBe("62.5%");
    expect(formatTrialScore(0.625, null)).toBe("0.6250");
    expect(formatTrialScore(null, null)).toBe("–");
  });
});
