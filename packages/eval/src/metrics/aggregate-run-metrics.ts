import { RUN_METRIC_KEYS } from "@spanlight/core";
import type { TRunMetrics } from "@spanlight/core";
import { METRIC_NAMES, METRICS } from "./metric-registry.ts";

/** One run item's result of one metric as stored with its EVAL score. */
export type TStoredMetricItem = { metric: string; value: number; details: Record<string, number> };

/**
 * A run's figures from its items' stored metric results: each metric rolls up its own items (so
 * micro P/R/F1 come from summed counts); a metric the run was never evaluated with stays null.
 */
export function aggregateRunMetrics(items: readonly TStoredMetricItem[]): TRunMetrics {
  const metrics = Object.fromEntries(RUN_METRIC_KEYS.map((key) => [key, null])) as TRunMetrics;
  for (const name of METRIC_NAMES) {
    const results = items
      .filter((item) => item.metric === name)
      .map((item) => ({ value: item.value, scores: {}, details: item.details }));
    if (results.length > 0) Object.assign(metrics, METRICS[name].aggregate(results));
  }
  return metrics;
}
