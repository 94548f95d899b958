import type { TEvaluateDatasetRun, TEvaluateDatasetRunResult } from "@spanlight/core";
import { findDatasetRun, insertEvalScores, readRunItemsToScore } from "@spanlight/db";
import type { TEvalScoreInsert, TRunItemToScore } from "@spanlight/db";
import { aggregateRunMetrics, METRICS } from "@spanlight/eval";
import { listDatasetRuns } from "./list-dataset-runs";

/** Who wrote a built-in metric's score (the score's `authorId`). */
const METRIC_AUTHOR = "spanlight-metrics";
const NANOS_PER_MILLI = 1_000_000n;

/**
 * Scores every run item whose output is known with the chosen metrics and stores the results as
 * EVAL scores on the item's span. Score ids are (run item, score name), so evaluating again replaces
 * the values instead of adding rows; items whose trace has not arrived are skipped and counted.
 */
export async function evaluateDatasetRun(options: {
  projectId: string;
  datasetName: string;
  runName: string;
  request: TEvaluateDatasetRun;
}): Promise<TEvaluateDatasetRunResult> {
  const run = await findDatasetRun(options);
  const items = await readRunItemsToScore({ projectId: options.projectId, runId: run.id });
  const scorable = items.filter((item) => item.hasOutput);
  const timestampUnixNano = BigInt(Date.now()) * NANOS_PER_MILLI;
  const scores = scorable.flatMap((item) =>
    scoreItem({ item, runId: run.id, request: options.request, timestampUnixNano }),
  );
  await insertEvalScores({ projectId: options.projectId, scores, replace: true });
  const [summary] = await listDatasetRuns({ ...options, runNames: [run.name] });
  return {
    evaluated: scorable.length,
    skipped: items.length - scorable.length,
    metrics: summary?.metrics ?? aggregateRunMetrics([]),
  };
}

function scoreItem(options: {
  item: TRunItemToScore;
  runId: string;
  request: TEvaluateDatasetRun;
  timestampUnixNano: bigint;
}): TEvalScoreInsert[] {
  const { item, runId, request } = options;
  return [...new Set(request.metrics)].flatMap((metric) => {
    const result = METRICS[metric].evaluate({
      output: item.output,
      expected: item.expectedOutput,
      options: request.options,
    });
    const metadata = {
      runId,
      runItemId: item.runItemId,
      datasetItemId: item.datasetItemId,
      metric,
      value: result.value,
      details: result.details,
    };
    return Object.entries(result.scores).map(([name, value]) => ({
      id: `run-${item.runItemId}-${name}`,
      traceId: item.traceId,
      spanId: item.spanId,
      sessionId: null,
      name,
      dataType: "NUMERIC" as const,
      numericValue: value,
      stringValue: null,
      comment: null,
      authorId: METRIC_AUTHOR,
      metadata,
      timestampUnixNano: options.timestampUnixNano,
    }));
  });
}
