import { describe, expect, it } from "vitest";
import { COHEN_GRANT_TABLE } from "../agreement/agreement-reference-data.ts";
import { compareRatings } from "./compare-ratings.ts";
import { pearson, spearman, tieRanks } from "./correlation.ts";
import type { TSideRating } from "./types.ts";

function side(author: string, values: Array<number | string | boolean>): TSideRating[] {
  return values.map((value, index) => ({ targetKey: `t${index + 1}`, author, value }));
}

describe("correlations against published examples", () => {
  it("Anscombe's quartet set I: r = 0.816", () => {
    const x = [10, 8, 13, 9, 11, 14, 6, 4, 12, 7, 5];
    const y = [8.04, 6.95, 7.58, 8.81, 8.33, 9.96, 7.24, 4.26, 10.84, 4.82, 5.68];
    expect(pearson(x, y)).toBeCloseTo(0.816, 3);
  });

  it("Wikipedia's Spearman example (IQ vs hours of TV): ρ = −29/165", () => {
    const iq = [106, 100, 86, 101, 99, 103, 97, 113, 112, 110];
    const tv = [7, 27, 2, 50, 28, 29, 20, 12, 6, 17];
    expect(spearman(iq, tv)).toBeCloseTo(-29 / 165, 12);
  });

  it("ties share the mean rank, and rho is Pearson of those ranks", () => {
    expect(tieRanks([3, 1, 2, 2])).toEqual([4, 1, 2.5, 2.5]);
    expect(spearman([1, 2, 2, 3], [1, 3, 2, 4])).toBeCloseTo(3 / Math.sqrt(10), 12);
  });

  it("is null without variance or with fewer than two pairs", () => {
    expect(pearson([1, 1, 1], [1, 2, 3])).toBeNull();
    expect(pearson([1], [2])).toBeNull();
    expect(spearman([], [])).toBeNull();
  });
});

describe("compareRatings, categorical", () => {
  // The Cohen grant table as judge (a) against human (b): 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no.
  const cells: Array<[string, string, number]> = [
    ["Yes", "Yes", COHEN_GRANT_TABLE[0]![0]!],
    ["Yes", "No", COHEN_GRANT_TABLE[0]![1]!],
    ["No", "Yes", COHEN_GRANT_TABLE[1]![0]!],
    ["No", "No", COHEN_GRANT_TABLE[1]![1]!],
  ];
  const a: TSideRating[] = [];
  const b: TSideRating[] = [];
  let target = 0;
  for (const [valueA, valueB, count] of cells) {
    for (let i = 0; i < count; i += 1) {
      target += 1;
      a.push({ targetKey: `t${target}`, author: target % 2 === 0 ? "judge-even" : "judge-odd", value: valueA });
      b.push({ targetKey: `t${target}`, author: "human", value: valueB });
    }
  }

  it("gives accuracy, kappa and the confusion matrix", () => {
    const comparison = compareRatings({ a, b, isNumeric: false });
    expect(comparison.n).toBe(50);
    expect(comparison.accuracy).toBeCloseTo(0.7, 12);
    expect(comparison.cohenKappa).toBeCloseTo(0.4, 12);
    expect(comparison.confusion).toEqual({
      labels: ["No", "Yes"],
      matrix: [
        [15, 10],
        [5, 20],
      ],
    });
    expect(comparison).toMatchObject({ pearson: null, spearman: null, meanAbsoluteError: null });
  });

  it("lists disagreements in target order, up to the limit", () => {
    const comparison = compareRatings({ a, b, isNumeric: false, worstLimit: 3 });
    expect(comparison.worst).toEqual([
      { targetKey: "t21", a: "Yes", b: "No" },
      { targetKey: "t22", a: "Yes", b: "No" },
      { targetKey: "t23", a: "Yes", b: "No" },
    ]);
    expect(compareRatings({ a, b, isNumeric: false }).worst).toHaveLength(15);
  });

  it("splits side a by author", () => {
    const { byAuthor } = compareRatings({ a, b, isNumeric: false });
    expect(byAuthor.map((entry) => [entry.authorId, entry.n])).toEqual([
      ["judge-even", 25],
      ["judge-odd", 25],
    ]);
    const agreeing = (parity: number) =>
      a.filter((rating, index) => (index + 1) % 2 === parity && rating.value === b[index]!.value).length;
    expect(byAuthor[0]!.accuracy).toBeCloseTo(agreeing(0) / 25, 12);
    expect(byAuthor[1]!.accuracy).toBeCloseTo(agreeing(1) / 25, 12);
  });

  it("takes the majority of several ratings per target and drops ties", () => {
    const comparison = compareRatings({
      a: [
        { targetKey: "x", author: "j", value: true },
        { targetKey: "y", author: "j", value: false },
      ],
      b: [
        { targetKey: "x", author: "h1", value: false },
        { targetKey: "x", author: "h2", value: true },
        { targetKey: "x", author: "h3", value: "true" },
        { targetKey: "y", author: "h1", value: true },
        { targetKey: "y", author: "h2", value: false },
      ],
      isNumeric: false,
    });
    // x: two of three humans say true (true and "true" are one label); y: a tie, dropped.
    expect(comparison.n).toBe(1);
    expect(comparison.accuracy).toBe(1);
    expect(comparison.confusion).toEqual({ labels: ["true"], matrix: [[1]] });
    // One label on both sides: kappa is 0/0.
    expect(comparison.cohenKappa).toBeNull();
  });
});

describe("compareRatings, numeric", () => {
  const judge = side("judge", [5, 4, 3, 2, 1, 4]);
  const human = side("human", [5, 3, 3, 1, 3, 4]);

  it("gives correlation, MAE and the worst targets by |a − b|", () => {
    const comparison = compareRatings({ a: judge, b: human, isNumeric: true, worstLimit: 2 });
    expect(comparison.n).toBe(6);
    expect(comparison.accuracy).toBeCloseTo(3 / 6, 12);
    expect(comparison.meanAbsoluteError).toBeCloseTo((0 + 1 + 0 + 1 + 2 + 0) / 6, 12);
    expect(comparison.pearson).toBeCloseTo(pearson([5, 4, 3, 2, 1, 4], [5, 3, 3, 1, 3, 4])!, 12);
    expect(comparison.spearman).toBeCloseTo(spearman([5, 4, 3, 2, 1, 4], [5, 3, 3, 1, 3, 4])!, 12);
    expect(comparison.worst).toEqual([
      { targetKey: "t5", a: 1, b: 3 },
      { targetKey: "t2", a: 4, b: 3 },
    ]);
    expect(comparison.confusion.labels).toEqual(["1", "2", "3", "4", "5"]);
    expect(comparison.confusion.matrix[0]).toEqual([0, 0, 1, 0, 0]);
  });

  it("averages several ratings of one side and ignores targets only one side has", () => {
    const comparison = compareRatings({
      a: [...judge, { targetKey: "t1", author: "judge", value: 3 }, { targetKey: "only-a", author: "judge", value: 1 }],
      b: [...human, { targetKey: "only-b", author: "human", value: 1 }],
      isNumeric: true,
    });
    expect(comparison.n).toBe(6);
    // t1's judge scores 5 and 3 average to 4; equal gaps keep target order.
    expect(comparison.worst.map((entry) => [entry.targetKey, entry.a, entry.b])).toEqual([
      ["t5", 1, 3],
      ["t1", 4, 5],
      ["t2", 4, 3],
      ["t4", 2, 1],
    ]);
    expect(comparison.byAuthor).toEqual([
      {
        authorId: "judge",
        n: 6,
        accuracy: comparison.accuracy,
        cohenKappa: comparison.cohenKappa,
        pearson: comparison.pearson,
      },
    ]);
  });

  it("returns nulls and empty tables with nothing in common", () => {
    expect(compareRatings({ a: judge, b: [], isNumeric: true })).toEqual({
      n: 0,
      accuracy: null,
      cohenKappa: null,
      confusion: { labels: [], matrix: [] },
      pearson: null,
      spearman: null,
      meanAbsoluteError: null,
      byAuthor: [{ authorId: "judge", n: 0, accuracy: null, cohenKappa: null, pearson: null }],
      worst: [],
    });
  });
});
