import { NotFoundError } from "@spanlight/core";
import type { TComparedRunItem, TRunComparison } from "@spanlight/core";
import { getPool } from "../client.ts";
import { findDataset } from "../datasets/dataset-rows.ts";
import { RESOLVED_OUTPUT_SQL, RUN_ITEM_SCORE_SQL, RUN_ITEM_TRACE_JOINS } from "./run-item-joins.ts";

type TComparedRow = TComparedRunItem & { runName: string; datasetItemId: string };
type TItemRow = { id: string; input: unknown; expectedOutput: unknown };

/**
 * The items any of the runs reached, each with its input and expected output (as of the first run's
 * dataset version) and every run's output, scores, latency and cost. Unknown run names are a 404.
 */
export async function compareDatasetRuns(options: {
  projectId: string;
  datasetName: string;
  runNames: readonly string[];
}): Promise<TRunComparison> {
  const pool = getPool();
  const dataset = await findDataset({ projectId: options.projectId, name: options.datasetName });
  const runs = await pool.query<{ name: string; datasetVersion: number }>(
    `SELECT name, dataset_version AS "datasetVersion" FROM dataset_run WHERE dataset_id = $1 AND name = ANY($2)`,
    [dataset.id, options.runNames],
  );
  const missing = options.runNames.filter((name) => !runs.rows.some((run) => run.name === name));
  if (missing.length > 0) throw new NotFoundError(`runs: no run named ${missing.map((n) => `"${n}"`).join(", ")}`);
  const rows = await pool.query<TComparedRow>(
    `SELECT r.name AS "runName", ri.dataset_item_id AS "datasetItemId", ri.trace_id AS "traceId",
            ${RESOLVED_OUTPUT_SQL} AS output, t.duration_ms AS "latencyMs",
            CASE WHEN t.has_cost THEN t.cost_usd END AS "costUsd",
            (SELECT COALESCE(jsonb_object_agg(sc.name, sc.numeric_value), '{}') FROM score sc WHERE ${RUN_ITEM_SCORE_SQL})
              AS scores
       FROM dataset_run r
       JOIN dataset_run_item ri ON ri.run_id = r.id
       ${RUN_ITEM_TRACE_JOINS}
      WHERE r.dataset_id = $1 AND r.name = ANY($2)`,
    [dataset.id, options.runNames],
  );
  const firstVersion = runs.rows.find((run) => run.name === options.runNames[0])!.datasetVersion;
  const itemIds = [...new Set(rows.rows.map((row) => row.datasetItemId))].sort();
  const items = await pool.query<TItemRow>(
    `SELECT DISTINCT ON (id) id, input, expected_output AS "expectedOutput" FROM dataset_item
      WHERE dataset_id = $1 AND id = ANY($2) AND valid_from <= $3
      ORDER BY id, valid_from DESC`,
    [dataset.id, itemIds, firstVersion],
  );
  const itemById = new Map(items.rows.map((item) => [item.id, item]));
  const runsByItem = new Map<string, Record<string, TComparedRunItem>>();
  for (const row of rows.rows) {
    const runs = runsByItem.get(row.datasetItemId) ?? {};
    runs[row.runName] = {
      output: row.output ?? null,
      traceId: row.traceId,
      scores: row.scores,
      latencyMs: row.latencyMs,
      costUsd: row.costUsd,
    };
    runsByItem.set(row.datasetItemId, runs);
  }
  return {
    items: itemIds.map((datasetItemId) => ({
      datasetItemId,
      input: itemById.get(datasetItemId)?.input ?? null,
      expectedOutput: itemById.get(datasetItemId)?.expectedOutput ?? null,
      runs: runsByItem.get(datasetItemId) ?? {},
    })),
  };
}
