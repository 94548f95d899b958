import { NotFoundError } from "@spanlight/core";
import type { TCreateDatasetRunItem, TDatasetRunItem } from "@spanlight/core";
import { getPool } from "../client.ts";
import { asOfSql } from "../datasets/dataset-rows.ts";
import { findDatasetRun, RUN_ITEM_COLUMNS, toDatasetRunItem } from "./run-rows.ts";
import type { TRunRef } from "./run-rows.ts";

/**
 * Links a dataset item (as of the run's version) to the trace the pipeline produced. Sending the same
 * item again replaces its trace, span and output: a retried or re-run item is one run item.
 */
export async function upsertDatasetRunItem(
  options: TRunRef & { item: TCreateDatasetRunItem },
): Promise<TDatasetRunItem> {
  const { projectId, item } = options;
  const pool = getPool();
  const run = await findDatasetRun(options);
  const found = await pool.query<{ hasItem: boolean; hasTrace: boolean; hasSpan: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM dataset_item WHERE dataset_id = $1 AND id = $2 AND status = 'active'
                      AND ${asOfSql("$3")}) AS "hasItem",
            EXISTS (SELECT 1 FROM trace WHERE project_id = $4 AND trace_id = $5) AS "hasTrace",
            ($6::text IS NULL OR EXISTS (SELECT 1 FROM span WHERE project_id = $4 AND trace_id = $5 AND span_id = $6))
              AS "hasSpan"`,
    [run.datasetId, item.datasetItemId, run.datasetVersion, projectId, item.traceId, item.spanId ?? null],
  );
  const { hasItem, hasTrace, hasSpan } = found.rows[0]!;
  if (!hasItem)
    throw new NotFoundError(`datasetItemId: no item "${item.datasetItemId}" in version ${run.datasetVersion}`);
  if (!hasTrace) throw new NotFoundError(`traceId: no trace "${item.traceId}"`);
  if (!hasSpan) throw new NotFoundError(`spanId: no span "${item.spanId}" in trace "${item.traceId}"`);
  const result = await pool.query<TDatasetRunItem>(
    `WITH upserted AS (
       INSERT INTO dataset_run_item (id, run_id, project_id, dataset_item_id, trace_id, span_id, output)
       VALUES (gen_random_uuid()::text, $1, $2, $3, $4, $5, $6)
       ON CONFLICT (run_id, dataset_item_id) DO UPDATE
         SET trace_id = EXCLUDED.trace_id, span_id = EXCLUDED.span_id, output = EXCLUDED.output
       RETURNING *)
     SELECT ${RUN_ITEM_COLUMNS} FROM upserted ri JOIN dataset_run r ON r.id = ri.run_id`,
    [
      run.id,
      projectId,
      item.datasetItemId,
      item.traceId,
      item.spanId ?? null,
      item.output === undefined ? null : JSON.stringify(item.output),
    ],
  );
  return toDatasetRunItem(result.rows[0]!);
}
