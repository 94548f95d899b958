import type { TDatasetRun, TDatasetRunSummary } from "@spanlight/core";
import { getPool } from "../client.ts";
import { findDataset } from "../datasets/dataset-rows.ts";
import { RUN_ITEM_SCORE_SQL, RUN_ITEM_TRACE_JOINS } from "./run-item-joins.ts";
import { RUN_COLUMNS, toDatasetRun } from "./run-rows.ts";

/** One run item's stored metric result, as the metric registry aggregates it (packages/eval). */
export type TStoredMetricResult = { metric: string; value: number; details: Record<string, number> };

/** A run's figures read from its traces and scores; the metric roll-up is the caller's (pure, in eval). */
export type TDatasetRunAggregate = Omit<TDatasetRunSummary, "metrics"> & { metricResults: TStoredMetricResult[] };

type TAggregateRow = TDatasetRun & {
  items: number;
  errors: number;
  latencyMean: number | null;
  latencyP50: number | null;
  latencyP95: number | null;
  costTotal: number;
  costMean: number | null;
};

/**
 * A dataset's runs (oldest first, or only `runNames`) with items, errors, latency and cost from the
 * run items' traces and the mean of each score on them: three grouped queries, whatever the run count.
 */
export async function listDatasetRunAggregates(options: {
  projectId: string;
  datasetName: string;
  runNames?: readonly string[];
}): Promise<TDatasetRunAggregate[]> {
  const pool = getPool();
  const dataset = await findDataset({ projectId: options.projectId, name: options.datasetName });
  const runs = await pool.query<TAggregateRow>(
    `SELECT ${RUN_COLUMNS}, count(ri.id)::int AS items, count(*) FILTER (WHERE t.error_count > 0)::int AS errors,
            avg(t.duration_ms) AS "latencyMean",
            percentile_cont(0.5) WITHIN GROUP (ORDER BY t.duration_ms) AS "latencyP50",
            percentile_cont(0.95) WITHIN GROUP (ORDER BY t.duration_ms) AS "latencyP95",
            COALESCE(sum(t.cost_usd), 0)::float8 AS "costTotal", avg(t.cost_usd) AS "costMean"
       FROM dataset_run r
       JOIN dataset d ON d.id = r.dataset_id
       LEFT JOIN dataset_run_item ri ON ri.run_id = r.id
       ${RUN_ITEM_TRACE_JOINS}
      WHERE r.dataset_id = $1 AND ($2::text[] IS NULL OR r.name = ANY($2))
      GROUP BY r.id, d.name
      ORDER BY r.created_at, r.name`,
    [dataset.id, options.runNames ?? null],
  );
  const runIds = runs.rows.map((run) => run.id);
  const [scoreMeans, metricResults] = await Promise.all([
    pool.query<{ runId: string; name: string; mean: number }>(
      `SELECT ri.run_id AS "runId", sc.name, avg(sc.numeric_value) AS mean
         FROM dataset_run_item ri JOIN score sc ON ${RUN_ITEM_SCORE_SQL}
        WHERE ri.run_id = ANY($1)
        GROUP BY ri.run_id, sc.name ORDER BY sc.name`,
      [runIds],
    ),
    pool.query<TStoredMetricResult & { runId: string }>(
      `SELECT DISTINCT ON (ri.id, sc.metadata->>'metric') ri.run_id AS "runId", sc.metadata->>'metric' AS metric,
              (sc.metadata->>'value')::float8 AS value, sc.metadata->'details' AS details
         FROM dataset_run_item ri
         JOIN score sc ON sc.project_id = ri.project_id AND sc.trace_id = ri.trace_id
                      AND sc.source = 'EVAL' AND sc.metadata->>'runItemId' = ri.id
        WHERE ri.run_id = ANY($1) AND sc.metadata ? 'metric'
        ORDER BY ri.id, sc.metadata->>'metric'`,
      [runIds],
    ),
  ]);
  return runs.rows.map((row) => ({
    ...toDatasetRun(row),
    items: row.items,
    errors: row.errors,
    latency: { mean: row.latencyMean, p50: row.latencyP50, p95: row.latencyP95 },
    cost: { total: row.costTotal, mean: row.costMean },
    scores: Object.fromEntries(
      scoreMeans.rows.filter((score) => score.runId === row.id).map((score) => [score.name, score.mean]),
    ),
    metricResults: metricResults.rows
      .filter((result) => result.runId === row.id)
      .map(({ metric, value, details }) => ({ metric, value, details })),
  }));
}
