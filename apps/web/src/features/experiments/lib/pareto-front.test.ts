import { describe, expect, it } from "vitest";
import { paretoFront } from "./pareto-front";

describe("paretoFront", () => {
  it("keeps the runs nothing beats on both cost and quality, cheapest first", () => {
    const front = paretoFront([
      { name: "big", cost: 9, quality: 0.63 },
      { name: "small", cost: 1, quality: 0.3 },
      { name: "dominated", cost: 5, quality: 0.5 },
      { name: "mid", cost: 3, quality: 0.56 },
      { name: "overpriced", cost: 12, quality: 0.59 },
    ]);
    expect(front.map((point) => point.name)).toEqual(["small", "mid", "big"]);
  });

  it("of two runs at the same cost keeps the better; an equal-quality dearer run is dominated", () => {
    const front = paretoFront([
      { name: "a", cost: 2, quality: 0.4 },
      { name: "b", cost: 2, quality: 0.6 },
      { name: "c", cost: 4, quality: 0.6 },
    ]);
    expect(front.map((point) => point.name)).toEqual(["b"]);
    expect(paretoFront([])).toEqual([]);
  });
});
