export { compareDatasetRuns } from "./compare-dataset-runs.ts";
export { createDatasetRun } from "./create-dataset-run.ts";
export { linkRunItems } from "./link-run-items.ts";
export { listDatasetRunAggregates } from "./list-dataset-runs.ts";
export type { TDatasetRunAggregate, TStoredMetricResult } from "./list-dataset-runs.ts";
export { readRunItemsToScore } from "./read-run-items-to-score.ts";
export type { TRunItemToScore } from "./read-run-items-to-score.ts";
export { findDatasetRun } from "./run-rows.ts";
export { upsertDatasetRunItem } from "./upsert-dataset-run-item.ts";
