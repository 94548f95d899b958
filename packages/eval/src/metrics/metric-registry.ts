import { METRIC_NAMES, type TMetricName } from "@spanlight/core";
import { aggregateExactMatch, exactMatch } from "./exact-match.ts";
import type { TItemSetOptions } from "./parse-item-set.ts";
import { aggregateSetPrf, setPrf, type TSetPrf } from "./set-prf.ts";

export type TMetricOptions = TItemSetOptions;

/**
 * What one metric gives for one run item: `value` is the headline stored as the item's EVAL score
 * under the metric's name, `scores` every number worth storing (name → value), `details` what
 * `aggregate` needs to roll items up into the run's figures.
 */
export type TMetricItemResult = { value: number; scores: Record<string, number>; details: Record<string, number> };

export type TMetric = {
  name: TMetricName;
  description: string;
  evaluate(input: { output: unknown; expected: unknown; options?: TMetricOptions }): TMetricItemResult;
  /** Run figures keyed as the runs API returns them (exactMatch, precision, …, macroF1). */
  aggregate(items: readonly TMetricItemResult[]): Record<string, number | null>;
};

export { METRIC_NAMES, type TMetricName };

// A new metric is a pure function beside these two plus one entry here and its name in core's
// METRIC_NAMES (the evaluate API's enum); `satisfies` makes forgetting an entry a compile error.
export const METRICS = {
  exact_match: {
    name: "exact_match",
    description: "1 when the output's item set equals the expected item set, else 0; the run value is the mean.",
    evaluate: ({ output, expected, options }) => {
      const value = exactMatch(output, expected, options);
      return { value, scores: { exact_match: value }, details: { value } };
    },
    aggregate: (items) => aggregateExactMatch(items.map((item) => item.value)),
  },
  set_prf: {
    name: "set_prf",
    description:
      "Set precision, recall and F1 of the output's items against the expected items; micro and macro per run.",
    evaluate: ({ output, expected, options }) => {
      const prf = setPrf(output, expected, options);
      return {
        value: prf.f1,
        scores: { set_precision: prf.precision, set_recall: prf.recall, set_f1: prf.f1 },
        details: { ...prf },
      };
    },
    aggregate: (items) => ({ ...aggregateSetPrf(items.map((item) => toSetPrf(item.details))) }),
  },
} as const satisfies Record<TMetricName, TMetric>;

export function isMetricName(name: string): name is TMetricName {
  return (METRIC_NAMES as readonly string[]).includes(name);
}

function toSetPrf(details: Record<string, number>): TSetPrf {
  return {
    tp: details.tp ?? 0,
    predicted: details.predicted ?? 0,
    gold: details.gold ?? 0,
    precision: details.precision ?? 0,
    recall: details.recall ?? 0,
    f1: details.f1 ?? 0,
  };
}
