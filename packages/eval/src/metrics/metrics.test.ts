import { describe, expect, it } from "vitest";
import { exactMatch } from "./exact-match.ts";
import { isMetricName, METRIC_NAMES, METRICS } from "./metric-registry.ts";
import { parseItemSet } from "./parse-item-set.ts";
import { aggregateSetPrf, setPrf } from "./set-prf.ts";

describe("parseItemSet", () => {
  it("splits text on commas, semicolons and newlines, trims, collapses whitespace, lower-cases, dedups", () => {
    expect(parseItemSet("Seizure,  Ataxia;\nglobal   developmental\tdelay , seizure,,")).toEqual([
      "seizure",
      "ataxia",
      "global developmental delay",
    ]);
  });

  it("reads a JSON array, in text or as a value, without splitting its items", () => {
    expect(parseItemSet('["Short stature", "Cleft palate, submucous", "short stature"]')).toEqual([
      "short stature",
      "cleft palate, submucous",
    ]);
    expect(parseItemSet(["A", " a ", 3, null, { id: "HP:1" }])).toEqual(["a", "3", '{"id":"hp:1"}']);
  });

  it("treats text that only looks like an array as text", () => {
    expect(parseItemSet("[draft] fever, cough")).toEqual(["[draft] fever", "cough"]);
  });

  it("gives the empty set for null, undefined, empty and separator-only text", () => {
    expect(parseItemSet(null)).toEqual([]);
    expect(parseItemSet(undefined)).toEqual([]);
    expect(parseItemSet("")).toEqual([]);
    expect(parseItemSet(" ;\n, ")).toEqual([]);
    expect(parseItemSet("[]")).toEqual([]);
  });

  it("honours the separators and case-sensitivity options", () => {
    expect(parseItemSet("a|B|b, c", { separators: ["|"] })).toEqual(["a", "b", "b, c"]);
    expect(parseItemSet("a|B|b", { separators: ["|"], caseSensitive: true })).toEqual(["a", "B", "b"]);
    expect(parseItemSet("Fever, fever", { caseSensitive: true })).toEqual(["Fever", "fever"]);
  });
});

describe("setPrf", () => {
  it("scores partial overlap: 2 of 3 predicted right, 2 of 4 gold found", () => {
    const prf = setPrf("a, b, x", "a; b; c; d");
    expect(prf).toMatchObject({ tp: 2, predicted: 3, gold: 4, precision: 2 / 3, recall: 0.5 });
    expect(prf.f1).toBeCloseTo(4 / 7, 12);
  });

  it("counts duplicates once on either side", () => {
    expect(setPrf("a, a, A, b", ["a", "b", "b"])).toMatchObject({ tp: 2, predicted: 2, gold: 2, f1: 1 });
  });

  it("empty prediction: P = 0 against a non-empty gold, P = R = 1 against an empty one", () => {
    expect(setPrf("", "a, b")).toEqual({ tp: 0, predicted: 0, gold: 2, precision: 0, recall: 0, f1: 0 });
    expect(setPrf("", "[]")).toEqual({ tp: 0, predicted: 0, gold: 0, precision: 1, recall: 1, f1: 1 });
    expect(setPrf(null, undefined)).toMatchObject({ precision: 1, recall: 1, f1: 1 });
  });

  it("a prediction against an empty gold has R = 0 and F1 = 0", () => {
    expect(setPrf("a", "")).toEqual({ tp: 0, predicted: 1, gold: 0, precision: 0, recall: 0, f1: 0 });
  });

  it("F1 is 0 when nothing overlaps", () => {
    expect(setPrf("x, y", "a")).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });
});

describe("aggregateSetPrf: micro vs macro", () => {
  // Item 1: 1 of 1 right, 1 of 4 gold → P 1, R 0.25. Item 2: 3 of 6 right, 3 of 3 gold → P 0.5, R 1.
  const items = [setPrf("a", "a, b, c, d"), setPrf("p, q, r, s, t, u", "p, q, r")];

  it("micro from summed counts, macro from the mean of item values", () => {
    const aggregate = aggregateSetPrf(items);
    // Micro: tp 4, predicted 7, gold 7.
    expect(aggregate.precision).toBeCloseTo(4 / 7, 12);
    expect(aggregate.recall).toBeCloseTo(4 / 7, 12);
    expect(aggregate.f1).toBeCloseTo(4 / 7, 12);
    expect(aggregate.macroPrecision).toBeCloseTo(0.75, 12);
    expect(aggregate.macroRecall).toBeCloseTo(0.625, 12);
    // Mean of item F1s (0.4 and 2/3), not the F1 of the macro P and R (0.6818…).
    expect(aggregate.macroF1).toBeCloseTo((0.4 + 2 / 3) / 2, 12);
  });

  it("is all null for a run without items", () => {
    expect(aggregateSetPrf([])).toEqual({
      precision: null,
      recall: null,
      f1: null,
      macroPrecision: null,
      macroRecall: null,
      macroF1: null,
    });
  });

  it("empty predictions on empty gold count as perfect, micro included", () => {
    expect(aggregateSetPrf([setPrf("", ""), setPrf("", "")])).toMatchObject({
      precision: 1,
      recall: 1,
      f1: 1,
      macroF1: 1,
    });
  });
});

describe("exactMatch", () => {
  it("is 1 for the same item set regardless of order, case, spacing and duplicates", () => {
    expect(exactMatch("B,  a, a", '["a", "b"]')).toBe(1);
    expect(exactMatch("a, b", "a, b, c")).toBe(0);
    expect(exactMatch("a, b, c", "a, b")).toBe(0);
    expect(exactMatch("", null)).toBe(1);
    expect(exactMatch("A", "a", { caseSensitive: true })).toBe(0);
  });
});

describe("METRICS registry", () => {
  it("lists every metric under its name", () => {
    expect(METRIC_NAMES).toEqual(["exact_match", "set_prf"]);
    for (const name of METRIC_NAMES) expect(METRICS[name].name).toBe(name);
    expect(isMetricName("set_prf")).toBe(true);
    expect(isMetricName("bleu")).toBe(false);
  });

  it("evaluates items and aggregates them into the runs API's figures", () => {
    const pairs = [
      { output: "a", expected: "a, b, c, d" },
      { output: "p, q, r, s, t, u", expected: "p, q, r" },
      { output: "x", expected: "X" },
    ];
    const exact = pairs.map((pair) => METRICS.exact_match.evaluate(pair));
    expect(exact.map((item) => item.value)).toEqual([0, 0, 1]);
    expect(METRICS.exact_match.aggregate(exact)).toEqual({ exactMatch: 1 / 3 });

    const prf = pairs.map((pair) => METRICS.set_prf.evaluate(pair));
    expect(prf[0]!.scores).toEqual({ set_precision: 1, set_recall: 0.25, set_f1: 0.4 });
    expect(prf[0]!.value).toBe(0.4);
    const aggregate = METRICS.set_prf.aggregate(prf);
    expect(aggregate.precision).toBeCloseTo(5 / 8, 12);
    expect(aggregate.recall).toBeCloseTo(5 / 8, 12);
    expect(aggregate.macroF1).toBeCloseTo((0.4 + 2 / 3 + 1) / 3, 12);
  });

  it("passes the parsing options through", () => {
    expect(METRICS.exact_match.evaluate({ output: "A", expected: "a", options: { caseSensitive: true } }).value).toBe(
      0,
    );
    expect(
      METRICS.set_prf.evaluate({ output: "a|b", expected: "a", options: { separators: ["|"] } }).details,
    ).toMatchObject({
      tp: 1,
      predicted: 2,
    });
  });
});
