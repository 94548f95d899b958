import { describe, expect, it } from "vitest";
import { aggregateRunMetrics } from "./aggregate-run-metrics.ts";
import { METRICS } from "./metric-registry.ts";

function stored(metric: "exact_match" | "set_prf", output: string, expected: string) {
  const result = METRICS[metric].evaluate({ output, expected });
  return { metric, value: result.value, details: result.details };
}

describe("aggregateRunMetrics", () => {
  it("is all null for a run never evaluated", () => {
    expect(aggregateRunMetrics([])).toEqual({
      exactMatch: null,
      precision: null,
      recall: null,
      f1: null,
      macroPrecision: null,
      macroRecall: null,
      macroF1: null,
    });
  });

  it("rolls each metric up from its own items: micro from counts, macro from item means", () => {
    const metrics = aggregateRunMetrics([
      stored("exact_match", "a", "a, b, c, d"),
      stored("set_prf", "a", "a, b, c, d"),
      stored("exact_match", "p, q, r", "P; Q; R"),
      stored("set_prf", "p, q, r, s, t, u", "p, q, r"),
    ]);
    expect(metrics.exactMatch).toBe(0.5);
    expect(metrics.precision).toBeCloseTo(4 / 7, 12);
    expect(metrics.macroPrecision).toBeCloseTo(0.75, 12);
    expect(metrics.macroF1).toBeCloseTo((0.4 + 2 / 3) / 2, 12);
  });

  it("leaves a metric the run was not evaluated with null and ignores unknown metric names", () => {
    const metrics = aggregateRunMetrics([stored("exact_match", "a", "a"), { metric: "bleu", value: 1, details: {} }]);
    expect(metrics).toMatchObject({ exactMatch: 1, precision: null, f1: null, macroF1: null });
  });
});
