import { NotFoundError } from "@spanlight/core";
import type { TDataset, TDatasetItem, TDatasetItemStatus } from "@spanlight/core";
import type pg from "pg";
import { getPool } from "../client.ts";
import { isoTime } from "../traces/sql-fragments.ts";

export const DATASET_COLUMNS = `d.id, d.name, d.description, d.input_schema AS "inputSchema",
  d.expected_output_schema AS "expectedOutputSchema", d.latest_version AS "latestVersion",
  ${isoTime("d.created_at")} AS "createdAt", ${isoTime("d.updated_at")} AS "updatedAt",
  (SELECT count(*)::int FROM dataset_item i
    WHERE i.dataset_id = d.id AND i.valid_to IS NULL AND i.status = 'active') AS "itemCount"`;

export const ITEM_COLUMNS = `id, valid_from AS "version", status, input, expected_output AS "expectedOutput", metadata,
  source_trace_id AS "sourceTraceId", source_span_id AS "sourceSpanId", ${isoTime("created_at")} AS "createdAt"`;

export type TItemRow = TDatasetItem & { feedbackScoreIds?: string[]; correctionScoreId?: string | null };

/** Picks the answered fields one by one, so a column added later never leaks by accident. */
export function toDatasetItem(row: TItemRow): TDatasetItem {
  return {
    id: row.id,
    version: row.version,
    status: row.status,
    input: row.input,
    expectedOutput: row.expectedOutput ?? null,
    metadata: row.metadata ?? null,
    sourceTraceId: row.sourceTraceId,
    sourceSpanId: row.sourceSpanId,
    createdAt: row.createdAt,
  };
}

export function toDataset(row: TDataset): TDataset {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    inputSchema: row.inputSchema ?? null,
    expectedOutputSchema: row.expectedOutputSchema ?? null,
    latestVersion: row.latestVersion,
    itemCount: row.itemCount,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** A project's dataset by name, or a 404 that names it. */
export async function findDataset(
  options: { projectId: string; name: string },
  client: pg.Pool | pg.PoolClient = getPool(),
): Promise<TDataset> {
  const result = await client.query<TDataset>(
    `SELECT ${DATASET_COLUMNS} FROM dataset d WHERE d.project_id = $1 AND d.name = $2`,
    [options.projectId, options.name],
  );
  const row = result.rows[0];
  if (!row) throw new NotFoundError(`No dataset named "${options.name}"`);
  return toDataset(row);
}

/** The SQL condition "revision visible as of version `version`" over dataset_item. */
export function asOfSql(version: string): string {
  return `valid_from <= ${version} AND (valid_to IS NULL OR valid_to > ${version})`;
}

export function statusSql(status: TDatasetItemStatus | "all", param: (value: unknown) => string): string {
  return status === "all" ? "TRUE" : `status = ${param(status)}`;
}

/**
 * A dataset's id and latest version by name, or a 404: what reads of its items need. Without the
 * item count `findDataset` answers, which scans every current item (bench/results/datasets.md: it
 * was most of an items page's time at 100,000 items).
 */
export async function findDatasetRef(
  options: { projectId: string; name: string },
  client: pg.Pool | pg.PoolClient = getPool(),
): Promise<{ id: string; latestVersion: number }> {
  const result = await client.query<{ id: string; latestVersion: number }>(
    `SELECT id, latest_version AS "latestVersion" FROM dataset WHERE project_id = $1 AND name = $2`,
    [options.projectId, options.name],
  );
  const row = result.rows[0];
  if (!row) throw new NotFoundError(`No dataset named "${options.name}"`);
  return row;
}
