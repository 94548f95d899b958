import { describe, expect, it } from "vitest";
import { paretoFront } from "./pareto-front";

describe("paretoFront", () => {
  it("keeps the candidates no other beats on both cost and quality", () => {
    const front = paretoFront([
      { id: "cheap-poor", cost: 0.001, quality: 0.5 },
      { id: "mid", cost: 0.01, quality: 0.8 },
      { id: "dear-worse", cost: 0.02, quality: 0.7 },
      { id: "dear-best", cost: 0.05, quality: 0.95 },
      { id: "same-cost-worse", cost: 0.01, quality: 0.75 },
    ]);
    expect([...front].sort()).toEqual(["cheap-poor", "dear-best", "mid"]);
  });

  it("keeps ties on both axes together and an only candidate alone", () => {
    expect(
      [
        ...paretoFront([
          { id: "a", cost: 1, quality: 1 },
          { id: "b", cost: 1, quality: 1 },
        ]),
      ].sort(),
    ).toEqual(["a", "b"]);
    expect([...paretoFront([{ id: "only", cost: 3, quality: 0 }])]).toEqual(["only"]);
  });
});
