import { NotFoundError } from "@spanlight/core";
import type { TOptimizationRunDetail, TOptimizationRunSummary } from "@spanlight/core";
import { readOptimizationRunSpans, readRecentOptimizationSpans } from "@spanlight/db";
import type { TOptimizationSpanRecord } from "@spanlight/db";
import { assembleOptimizationRun, summarizeOptimizationRun } from "@spanlight/eval";

/** How many runs the list shows (newest first). */
export const OPTIMIZATION_RUN_LIST_LIMIT = 100;

/** The project's newest optimisation runs, each assembled from its spans. */
export async function listOptimizationRuns(options: { projectId: string }): Promise<TOptimizationRunSummary[]> {
  const spans = await readRecentOptimizationSpans({ projectId: options.projectId, limit: OPTIMIZATION_RUN_LIST_LIMIT });
  const byRun = new Map<string, TOptimizationSpanRecord[]>();
  for (const span of spans) byRun.set(span.runId, [...(byRun.get(span.runId) ?? []), span]);
  return [...byRun.entries()].map(([runId, runSpans]) => summarizeOptimizationRun(runId, runSpans));
}

/** One run with its trials in trial order and its candidates; 404 when no span names it. */
export async function getOptimizationRun(options: {
  projectId: string;
  runId: string;
}): Promise<TOptimizationRunDetail> {
  const spans = await readOptimizationRunSpans(options);
  if (spans.length === 0) throw new NotFoundError(`No optimization run "${options.runId}"`);
  return assembleOptimizationRun(options.runId, spans);
}
