import { describe, expect, it } from "vitest";
import {
  COHEN_GRANT_TABLE,
  FLEISS_1971,
  FLEISS_WIKIPEDIA_COUNTS,
  KRIPPENDORFF_2011,
  KRIPPENDORFF_WIKIPEDIA,
  ratingsFromCounts,
  ratingsFromMatrix,
  ratingsFromTable,
} from "./agreement-reference-data.ts";
import { cohenKappa, cohenKappaFromTable } from "./cohen-kappa.ts";
import { computeAgreement } from "./compute-agreement.ts";
import { fleissKappa } from "./fleiss-kappa.ts";
import { krippendorffAlpha } from "./krippendorff-alpha.ts";
import type { TAgreementLevel, TRating } from "./types.ts";

describe("Krippendorff's alpha against Krippendorff (2011)", () => {
  const ratings = ratingsFromMatrix(KRIPPENDORFF_2011);
  it.each<[TAgreementLevel, number]>([
    ["nominal", 0.743],
    ["ordinal", 0.815],
    ["interval", 0.849],
    ["ratio", 0.797],
  ])("%s α = %s", (level, published) => {
    const agreement = computeAgreement({ ratings, level, isCategorical: level === "nominal" });
    expect(agreement.krippendorffAlpha).toBeCloseTo(published, 3);
  });

  it("matches the recomputed values to six places", () => {
    const alpha = (level: TAgreementLevel) =>
      computeAgreement({ ratings, level, isCategorical: false }).krippendorffAlpha;
    expect(alpha("nominal")).toBeCloseTo(0.743421, 6);
    expect(alpha("ordinal")).toBeCloseTo(0.815388, 6);
    expect(alpha("interval")).toBeCloseTo(0.849107, 6);
    expect(alpha("ratio")).toBeCloseTo(0.797403, 6);
  });

  it("counts only the units with two or more values (unit 12 has one)", () => {
    const agreement = computeAgreement({ ratings, level: "nominal", isCategorical: true });
    expect(agreement).toMatchObject({ targets: 11, raters: 4, ratings: 40 });
    // Units differ in size (unit 1 has three values), so Fleiss does not apply; four raters, no Cohen.
    expect(agreement.fleissKappa).toBeNull();
    expect(agreement.cohenKappa).toBeNull();
    expect(agreement.disagreements.map((d) => d.targetKey)).toEqual(["unit-2", "unit-6", "unit-8"]);
    expect(agreement.disagreements[0]!.values).toEqual([
      { rater: "A", value: 2 },
      { rater: "B", value: 2 },
      { rater: "C", value: 3 },
      { rater: "D", value: 2 },
    ]);
  });

  it("gives the same alpha for the data coded as text", () => {
    const asText = ratings.map((rating) => ({ ...rating, value: `v${rating.value}` }));
    expect(computeAgreement({ ratings: asText, level: "nominal", isCategorical: true }).krippendorffAlpha).toBeCloseTo(
      0.743421,
      6,
    );
  });
});

describe("Krippendorff's alpha against Wikipedia's 3 coders × 15 units", () => {
  const units = Array.from({ length: 15 }, (_, unit) =>
    Object.values(KRIPPENDORFF_WIKIPEDIA).flatMap((values) => (values[unit] === null ? [] : [values[unit]!])),
  );
  it.each<[TAgreementLevel, number]>([
    ["nominal", 0.691358],
    ["interval", 0.810845],
    ["ordinal", 0.806721],
    ["ratio", 0.808944],
  ])("%s α = %s", (level, expected) => {
    expect(krippendorffAlpha({ units, level })).toBeCloseTo(expected, 6);
  });
});

describe("Fleiss' kappa", () => {
  it("Fleiss (1971) diagnoses: 30 × 6, κ = 0.4302", () => {
    const ratings = FLEISS_1971.flatMap((patient, subject) =>
      patient.map((value, slot) => ({ targetKey: `p${subject + 1}`, rater: `r${slot + 1}`, value: Number(value) })),
    );
    const agreement = computeAgreement({ ratings, level: "nominal", isCategorical: true });
    expect(agreement.fleissKappa).toBeCloseTo(0.4302445, 6);
    expect(agreement).toMatchObject({ targets: 30, raters: 6, ratings: 180 });
    // P̄ of the paper is the mean pairwise agreement.
    expect(agreement.percentAgreement).toBeCloseTo(0.555556, 6);
  });

  it("Wikipedia 10 × 14: κ = 0.210", () => {
    const agreement = computeAgreement({
      ratings: ratingsFromCounts(FLEISS_WIKIPEDIA_COUNTS),
      level: "nominal",
      isCategorical: true,
    });
    expect(agreement.fleissKappa).toBeCloseTo(0.209931, 6);
    expect(agreement.percentAgreement).toBeCloseTo(0.378022, 6);
  });

  it("is null when isCategorical is false or subjects differ in size", () => {
    const ratings = ratingsFromCounts(FLEISS_WIKIPEDIA_COUNTS);
    expect(computeAgreement({ ratings, level: "nominal", isCategorical: false }).fleissKappa).toBeNull();
    expect(
      fleissKappa([
        ["a", "b"],
        ["a", "b", "a"],
      ]),
    ).toBeNull();
  });
});

describe("Cohen's kappa", () => {
  it("Wikipedia grant example: κ = 0.4000, po = 0.70", () => {
    const agreement = computeAgreement({
      ratings: ratingsFromTable(COHEN_GRANT_TABLE, ["Yes", "No"]),
      level: "nominal",
      isCategorical: true,
    });
    expect(agreement.cohenKappa).toBeCloseTo(0.4, 10);
    expect(agreement.percentAgreement).toBeCloseTo(0.7, 10);
    expect(agreement.pairs).toEqual([
      { a: "A", b: "B", n: 50, percentAgreement: 0.7, cohenKappa: agreement.cohenKappa },
    ]);
    expect(cohenKappaFromTable({ table: COHEN_GRANT_TABLE })).toBeCloseTo(0.4, 10);
  });

  it("a second small table: po 0.60, pe 0.54, κ = 0.1304", () => {
    // Rows A Yes/No, columns B: 45 15 | 25 15 (Wikipedia's second example, "similar" marginals).
    expect(
      cohenKappaFromTable({
        table: [
          [45, 15],
          [25, 15],
        ],
      }),
    ).toBeCloseTo(0.1304, 4);
    // And the "dissimilar" one: 25 35 | 5 35, κ = 0.2593.
    expect(
      cohenKappaFromTable({
        table: [
          [25, 35],
          [5, 35],
        ],
      }),
    ).toBeCloseTo(0.2593, 4);
  });

  it("weighted kappa gives partial credit to neighbouring labels", () => {
    const a = [1, 1, 2, 2, 3, 3, 1, 3, 2, 1];
    const b = [1, 2, 2, 3, 3, 2, 2, 3, 1, 1];
    const pairs = a.map((value, index) => [String(value), String(b[index])] as [string, string]);
    // Exact fractions worked out by hand (po and pe with 1 − |i−j|/2 and 1 − (i−j)²/4 weights).
    expect(cohenKappa({ pairs })).toBeCloseTo(17 / 67, 12);
    expect(cohenKappa({ pairs, weights: "linear" })).toBeCloseTo(19 / 44, 12);
    expect(cohenKappa({ pairs, weights: "quadratic" })).toBeCloseTo(8 / 13, 12);
  });
});

describe("ratings bookkeeping", () => {
  it("takes a rater's latest rating of a target", () => {
    const ratings: TRating[] = [
      { targetKey: "t1", rater: "ann", value: "bad" },
      { targetKey: "t1", rater: "bob", value: "good" },
      { targetKey: "t1", rater: "ann", value: "good" },
      { targetKey: "t2", rater: "ann", value: "bad" },
      { targetKey: "t2", rater: "bob", value: "good" },
    ];
    const agreement = computeAgreement({ ratings, level: "nominal", isCategorical: true });
    expect(agreement).toMatchObject({ targets: 2, raters: 2, ratings: 4, percentAgreement: 0.5 });
    expect(agreement.disagreements).toEqual([
      {
        targetKey: "t2",
        values: [
          { rater: "ann", value: "bad" },
          { rater: "bob", value: "good" },
        ],
      },
    ]);
  });

  it("builds the rater × rater table with n = 0 for raters who never met", () => {
    const ratings: TRating[] = [
      { targetKey: "t1", rater: "a", value: 1 },
      { targetKey: "t1", rater: "b", value: 1 },
      { targetKey: "t2", rater: "b", value: 2 },
      { targetKey: "t2", rater: "c", value: 3 },
    ];
    const { pairs, cohenKappa: kappa } = computeAgreement({ ratings, level: "interval", isCategorical: false });
    expect(kappa).toBeNull();
    expect(pairs).toEqual([
      { a: "a", b: "b", n: 1, percentAgreement: 1, cohenKappa: null },
      { a: "a", b: "c", n: 0, percentAgreement: null, cohenKappa: null },
      { a: "b", b: "c", n: 1, percentAgreement: 0, cohenKappa: 0 },
    ]);
  });

  it("treats 3 and '3' as one value at numeric levels", () => {
    const ratings: TRating[] = [
      { targetKey: "t1", rater: "a", value: 3 },
      { targetKey: "t1", rater: "b", value: "3" },
    ];
    expect(computeAgreement({ ratings, level: "interval", isCategorical: false }).disagreements).toEqual([]);
  });
});

describe("degenerate cases (documented in computeAgreement)", () => {
  it("no ratings at all: zero counts and every statistic null", () => {
    expect(computeAgreement({ ratings: [], level: "nominal", isCategorical: true })).toEqual({
      targets: 0,
      raters: 0,
      ratings: 0,
      percentAgreement: null,
      krippendorffAlpha: null,
      cohenKappa: null,
      fleissKappa: null,
      pairs: [],
      disagreements: [],
    });
  });

  it("one rater only: nothing is pairable", () => {
    const ratings: TRating[] = [
      { targetKey: "t1", rater: "a", value: 1 },
      { targetKey: "t2", rater: "a", value: 2 },
      { targetKey: "t1", rater: "a", value: 2 },
    ];
    const agreement = computeAgreement({ ratings, level: "ordinal", isCategorical: true });
    expect(agreement).toMatchObject({
      targets: 0,
      raters: 0,
      ratings: 0,
      percentAgreement: null,
      krippendorffAlpha: null,
    });
  });

  it("every target rated once (all pairs missing)", () => {
    const ratings: TRating[] = [
      { targetKey: "t1", rater: "a", value: 1 },
      { targetKey: "t2", rater: "b", value: 2 },
    ];
    const agreement = computeAgreement({ ratings, level: "nominal", isCategorical: true });
    expect(agreement.targets).toBe(0);
    expect(agreement.pairs).toEqual([]);
    expect(agreement.krippendorffAlpha).toBeNull();
  });

  it("one category only: percent agreement 1, the chance-corrected statistics null (0/0)", () => {
    const ratings: TRating[] = ["t1", "t2", "t3"].flatMap((targetKey) => [
      { targetKey, rater: "a", value: true },
      { targetKey, rater: "b", value: true },
    ]);
    const agreement = computeAgreement({ ratings, level: "nominal", isCategorical: true });
    expect(agreement).toMatchObject({
      percentAgreement: 1,
      krippendorffAlpha: null,
      cohenKappa: null,
      fleissKappa: null,
    });
    expect(agreement.pairs).toEqual([{ a: "a", b: "b", n: 3, percentAgreement: 1, cohenKappa: null }]);
  });

  it("non-numeric values at an interval level: alpha null, the rest still computed", () => {
    const ratings: TRating[] = [
      { targetKey: "t1", rater: "a", value: "good" },
      { targetKey: "t1", rater: "b", value: "bad" },
    ];
    const agreement = computeAgreement({ ratings, level: "interval", isCategorical: false });
    expect(agreement.krippendorffAlpha).toBeNull();
    expect(agreement.percentAgreement).toBe(0);
  });

  it("perfect agreement over two categories: alpha and kappa are exactly 1", () => {
    const ratings: TRating[] = ["t1", "t2", "t3", "t4"].flatMap((targetKey, index) => [
      { targetKey, rater: "a", value: index % 2 },
      { targetKey, rater: "b", value: index % 2 },
    ]);
    const agreement = computeAgreement({ ratings, level: "nominal", isCategorical: true });
    expect(agreement).toMatchObject({ percentAgreement: 1, krippendorffAlpha: 1, cohenKappa: 1, fleissKappa: 1 });
  });
});
