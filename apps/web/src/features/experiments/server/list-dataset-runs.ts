import type { TDatasetRunSummary } from "@spanlight/core";
import { listDatasetRunAggregates } from "@spanlight/db";
import { aggregateRunMetrics } from "@spanlight/eval";

/** A dataset's runs with their figures, the metric roll-up computed by the metrics' own code. */
export async function listDatasetRuns(options: {
  projectId: string;
  datasetName: string;
  runNames?: readonly string[];
}): Promise<TDatasetRunSummary[]> {
  const runs = await listDatasetRunAggregates(options);
  return runs.map(({ metricResults, ...run }) => ({ ...run, metrics: aggregateRunMetrics(metricResults) }));
}
