import { NotFoundError } from "@spanlight/core";
import type { TDatasetRun, TDatasetRunItem } from "@spanlight/core";
import type pg from "pg";
import { getPool } from "../client.ts";
import { isoTime } from "../traces/sql-fragments.ts";

export const RUN_COLUMNS = `r.id, r.name, d.name AS "datasetName", r.dataset_version AS "datasetVersion", r.description,
  r.metadata, ${isoTime("r.created_at")} AS "createdAt"`;

export const RUN_ITEM_COLUMNS = `ri.id, r.name AS "runName", ri.dataset_item_id AS "datasetItemId", ri.trace_id AS "traceId",
  ri.span_id AS "spanId", ri.output, ${isoTime("ri.created_at")} AS "createdAt"`;

/** Picks the answered fields one by one, so a column added later never leaks by accident. */
export function toDatasetRun(row: TDatasetRun): TDatasetRun {
  return {
    id: row.id,
    name: row.name,
    datasetName: row.datasetName,
    datasetVersion: row.datasetVersion,
    description: row.description,
    metadata: row.metadata ?? null,
    createdAt: row.createdAt,
  };
}

export function toDatasetRunItem(row: TDatasetRunItem): TDatasetRunItem {
  return {
    id: row.id,
    runName: row.runName,
    datasetItemId: row.datasetItemId,
    traceId: row.traceId,
    spanId: row.spanId,
    output: row.output ?? null,
    createdAt: row.createdAt,
  };
}

export type TRunRef = { projectId: string; datasetName: string; runName: string };

/** A dataset's run by name, or a 404 naming what is missing. */
export async function findDatasetRun(
  options: TRunRef,
  client: pg.Pool | pg.PoolClient = getPool(),
): Promise<TDatasetRun & { datasetId: string }> {
  const result = await client.query<TDatasetRun & { datasetId: string }>(
    `SELECT ${RUN_COLUMNS}, r.dataset_id AS "datasetId" FROM dataset_run r JOIN dataset d ON d.id = r.dataset_id
      WHERE d.project_id = $1 AND d.name = $2 AND r.name = $3`,
    [options.projectId, options.datasetName, options.runName],
  );
  const row = result.rows[0];
  if (!row) throw new NotFoundError(`No run named "${options.runName}" in dataset "${options.datasetName}"`);
  return { ...toDatasetRun(row), datasetId: row.datasetId };
}
