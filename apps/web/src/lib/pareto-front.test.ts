import { describe, expect, it } from "vitest";
import { paretoFront } from "./pareto-front";

const ids = (front: Array<{ id: string }>) => front.map((candidate) => candidate.id);

describe("paretoFront", () => {
  it("keeps the candidates no other beats on both cost and quality", () => {
    const front = paretoFront([
      { id: "cheap-poor", cost: 0.001, quality: 0.5 },
      { id: "mid", cost: 0.01, quality: 0.8 },
      { id: "dear-worse", cost: 0.02, quality: 0.7 },
      { id: "dear-best", cost: 0.05, quality: 0.95 },
      { id: "same-cost-worse", cost: 0.01, quality: 0.75 },
    ]);
    expect([...ids(front)].sort()).toEqual(["cheap-poor", "dear-best", "mid"]);
  });

  it("keeps ties on both axes together and an only candidate alone", () => {
    const tied = paretoFront([
      { id: "a", cost: 1, quality: 1 },
      { id: "b", cost: 1, quality: 1 },
    ]);
    expect([...ids(tied)].sort()).toEqual(["a", "b"]);
    expect(ids(paretoFront([{ id: "only", cost: 3, quality: 0 }]))).toEqual(["only"]);
  });

  it("answers the front cheapest first", () => {
    const front = paretoFront([
      { id: "big", cost: 9, quality: 0.63 },
      { id: "small", cost: 1, quality: 0.3 },
      { id: "dominated", cost: 5, quality: 0.5 },
      { id: "mid", cost: 3, quality: 0.56 },
      { id: "overpriced", cost: 12, quality: 0.59 },
    ]);
    expect(ids(front)).toEqual(["small", "mid", "big"]);
  });

  it("of two at the same cost keeps the better; an equal-quality dearer one is dominated", () => {
    const front = paretoFront([
      { id: "a", cost: 2, quality: 0.4 },
      { id: "b", cost: 2, quality: 0.6 },
      { id: "c", cost: 4, quality: 0.6 },
    ]);
    expect(ids(front)).toEqual(["b"]);
    expect(paretoFront([])).toEqual([]);
  });
});
