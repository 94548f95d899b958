import { BadRequestError, NotFoundError } from "@spanlight/core";
import type {
  TDatasetItem,
  TDatasetItemPage,
  TDatasetItemsQuery,
  TDatasetLineage,
  TDatasetVersion,
  TScore,
} from "@spanlight/core";
import { getPool } from "../client.ts";
import { SCORE_COLUMNS, toScore } from "../scores/score-row.ts";
import type { TScoreRow } from "../scores/score-row.ts";
import { isoTime, SqlParams } from "../traces/sql-fragments.ts";
import { asOfSql, findDatasetRef, ITEM_COLUMNS, statusSql, toDatasetItem } from "./dataset-rows.ts";
import type { TItemRow } from "./dataset-rows.ts";

function checkVersion(version: number | undefined, latest: number): number {
  if (version === undefined) return latest;
  if (version > latest) throw new NotFoundError(`No version ${version}: the latest is ${latest}`);
  return version;
}

/** One page of the items as of a version (default: the latest), ordered by id, keyset-paginated on it. */
export async function listDatasetItems(options: {
  projectId: string;
  name: string;
  query: TDatasetItemsQuery;
}): Promise<TDatasetItemPage> {
  const dataset = await findDatasetRef(options);
  const { query } = options;
  const params = new SqlParams();
  const version = params.add(checkVersion(query.version, dataset.latestVersion));
  const conditions = [
    `dataset_id = ${params.add(dataset.id)}`,
    asOfSql(version),
    statusSql(query.status, (v) => params.add(v)),
  ];
  if (query.cursor) conditions.push(`id > ${params.add(decodeItemCursor(query.cursor))}`);
  const result = await getPool().query<TItemRow>(
    `SELECT ${ITEM_COLUMNS} FROM dataset_item WHERE ${conditions.join(" AND ")} ORDER BY id LIMIT ${params.add(query.limit + 1)}`,
    params.values,
  );
  const rows = result.rows.slice(0, query.limit).map(toDatasetItem);
  const last = rows.at(-1);
  return { data: rows, nextCursor: result.rows.length > query.limit && last ? encodeItemCursor(last.id) : null };
}

function encodeItemCursor(id: string): string {
  return Buffer.from(JSON.stringify({ id }), "utf8").toString("base64url");
}

function decodeItemCursor(cursor: string): string {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as { id?: unknown };
    if (typeof parsed.id === "string") return parsed.id;
  } catch {
    // falls through to the error below
  }
  throw new BadRequestError("The cursor is not one this list gave");
}

/** An item as of a version, with its lineage: the source, the feedback that flagged it, the correction. */
export async function getDatasetItem(options: {
  projectId: string;
  name: string;
  itemId: string;
  version?: number;
}): Promise<TDatasetItem & { lineage: TDatasetLineage }> {
  const dataset = await findDatasetRef(options);
  const version = checkVersion(options.version, dataset.latestVersion);
  const result = await getPool().query<TItemRow & { feedbackScoreIds: string[]; correctionScoreId: string | null }>(
    `SELECT ${ITEM_COLUMNS}, feedback_score_ids AS "feedbackScoreIds", correction_score_id AS "correctionScoreId"
       FROM dataset_item WHERE dataset_id = $1 AND id = $2 AND ${asOfSql("$3")}`,
    [dataset.id, options.itemId, version],
  );
  const row = result.rows[0];
  if (!row) throw new NotFoundError(`No item "${options.itemId}" in dataset "${options.name}" at version ${version}`);
  const scores = await scoresById(options.projectId, [
    ...row.feedbackScoreIds,
    ...(row.correctionScoreId ? [row.correctionScoreId] : []),
  ]);
  return {
    ...toDatasetItem(row),
    lineage: {
      traceId: row.sourceTraceId,
      spanId: row.sourceSpanId,
      feedback: row.feedbackScoreIds.flatMap((id) => scores.get(id) ?? []),
      correction: (row.correctionScoreId && scores.get(row.correctionScoreId)) || null,
    },
  };
}

async function scoresById(projectId: string, ids: string[]): Promise<Map<string, TScore>> {
  if (ids.length === 0) return new Map();
  const result = await getPool().query<TScoreRow>(
    `SELECT ${SCORE_COLUMNS} FROM score WHERE project_id = $1 AND id = ANY($2::text[])`,
    [projectId, ids],
  );
  return new Map(result.rows.map((row) => [row.id, toScore(row)]));
}

/** Every version, oldest first. */
export async function listDatasetVersions(options: { projectId: string; name: string }): Promise<TDatasetVersion[]> {
  const dataset = await findDatasetRef(options);
  const result = await getPool().query<TDatasetVersion>(
    `SELECT version, ${isoTime("created_at")} AS "createdAt", added, changed, archived, reason
       FROM dataset_version WHERE dataset_id = $1 ORDER BY version`,
    [dataset.id],
  );
  return result.rows;
}

/**
 * The revisions that differ between two versions, as range queries: active at `to` but started after
 * `from`, and active at `from` but ended by `to`. Unchanged items are never read, so a diff costs the
 * change, not the dataset. Archived revisions count as gone.
 */
export async function readDatasetVersionChanges(options: {
  projectId: string;
  name: string;
  from: number;
  to: number;
}): Promise<{ before: TDatasetItem[]; after: TDatasetItem[] }> {
  const dataset = await findDatasetRef(options);
  checkVersion(options.from, dataset.latestVersion);
  checkVersion(options.to, dataset.latestVersion);
  const read = async (sql: string) =>
    (
      await getPool().query<TItemRow>(
        `SELECT ${ITEM_COLUMNS} FROM dataset_item WHERE dataset_id = $1 AND ${sql} ORDER BY id`,
        [dataset.id, options.from, options.to],
      )
    ).rows.map(toDatasetItem);
  const before = await read(`${asOfSql("$2")} AND status = 'active' AND valid_to IS NOT NULL AND valid_to <= $3`);
  const after = await read(`${asOfSql("$3")} AND status = 'active' AND valid_from > $2`);
  return { before, after };
}
