import { randomUUID } from "node:crypto";
import type { TDatasetItemStatus } from "@spanlight/core";
import type pg from "pg";
import { getPool } from "../client.ts";
import { findDataset } from "./dataset-rows.ts";

/** One revision to write: a new item (no id, or an unknown one), an edit, or an archive. */
export type TDatasetItemWrite = {
  id: string | null;
  input: unknown;
  expectedOutput: unknown;
  metadata: unknown;
  sourceTraceId: string | null;
  sourceSpanId: string | null;
  status: TDatasetItemStatus;
  feedbackScoreIds: string[];
  correctionScoreId: string | null;
};

export type TWriteDatasetItemsResult = {
  version: number;
  added: number;
  changed: number;
  archived: number;
  /** Items whose source span is already in the dataset (with `skipKnownSources`). */
  skipped: number;
};

type TVersionContext = { client: pg.PoolClient; datasetId: string; version: number };

// A batch is flushed at this many items or this many bytes of JSON, whichever comes first: one
// statement per 500 small items, while a few 10 MB items still go one statement each.
const BATCH_ITEMS = 500;
const BATCH_BYTES = 8 * 1024 * 1024;

/**
 * Writes items as one new dataset version, in one transaction: the dataset row is locked so versions
 * are numbered without gaps, every current revision an item replaces is closed at the new version
 * (valid_to) and the new revision starts there (valid_from). Nothing is overwritten. `items` may be
 * an async stream (an upload being decoded): a throw from it, or from `check`, rolls everything back.
 * Writing nothing makes no version and answers the latest one.
 */
export async function writeDatasetItems(options: {
  projectId: string;
  datasetName: string;
  reason: string;
  items: AsyncIterable<TDatasetItemWrite> | Iterable<TDatasetItemWrite>;
  /** Skip an item whose (source trace, source span) an active item already has. */
  skipKnownSources?: boolean;
}): Promise<TWriteDatasetItemsResult> {
  const client = await getPool().connect();
  try {
    await client.query("BEGIN");
    const dataset = await findDataset({ projectId: options.projectId, name: options.datasetName }, client);
    const locked = await client.query<{ latest: number }>(
      `SELECT latest_version AS latest FROM dataset WHERE id = $1 FOR UPDATE`,
      [dataset.id],
    );
    const context = { client, datasetId: dataset.id, version: locked.rows[0]!.latest + 1 };
    const counts = await writeBatches(context, options);
    if (counts.added + counts.changed + counts.archived === 0) {
      await client.query("ROLLBACK");
      return { ...counts, version: context.version - 1 };
    }
    await client.query(
      `INSERT INTO dataset_version (dataset_id, version, added, changed, archived, reason) VALUES ($1, $2, $3, $4, $5, $6)`,
      [dataset.id, context.version, counts.added, counts.changed, counts.archived, options.reason],
    );
    await client.query(`UPDATE dataset SET latest_version = $2, updated_at = now() WHERE id = $1`, [
      dataset.id,
      context.version,
    ]);
    await client.query("COMMIT");
    return { ...counts, version: context.version };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

async function writeBatches(
  context: TVersionContext,
  options: { items: AsyncIterable<TDatasetItemWrite> | Iterable<TDatasetItemWrite>; skipKnownSources?: boolean },
): Promise<Omit<TWriteDatasetItemsResult, "version">> {
  const counts = { added: 0, changed: 0, archived: 0, skipped: 0 };
  // Ids written in this version: writing one again replaces that revision and is not counted twice.
  const written = new Set<string>();
  const sources = new Set<string>();
  let batch: TDatasetItemWrite[] = [];
  let bytes = 0;
  const flush = async () => {
    const kept = options.skipKnownSources ? await dropKnownSources(context, batch, sources) : batch;
    counts.skipped += batch.length - kept.length;
    await flushBatch(context, kept, { written, counts });
    batch = [];
    bytes = 0;
  };
  for await (const item of options.items) {
    const withId = item.id ? item : { ...item, id: randomUUID() };
    batch.push(withId);
    bytes += approximateBytes(withId);
    if (batch.length >= BATCH_ITEMS || bytes >= BATCH_BYTES) await flush();
  }
  if (batch.length > 0) await flush();
  return counts;
}

function approximateBytes(item: TDatasetItemWrite): number {
  const size = (value: unknown) => (typeof value === "string" ? value.length : JSON.stringify(value ?? null).length);
  return size(item.input) + size(item.expectedOutput) + size(item.metadata);
}

function sourceKey(item: Pick<TDatasetItemWrite, "sourceTraceId" | "sourceSpanId">): string | null {
  return item.sourceTraceId ? `${item.sourceTraceId}\u0000${item.sourceSpanId ?? ""}` : null;
}

async function dropKnownSources(
  context: TVersionContext,
  batch: TDatasetItemWrite[],
  sources: Set<string>,
): Promise<TDatasetItemWrite[]> {
  const withSource = batch.filter((item) => item.sourceTraceId);
  const known = await context.client.query<{ traceId: string; spanId: string }>(
    `SELECT source_trace_id AS "traceId", coalesce(source_span_id, '') AS "spanId" FROM dataset_item
      WHERE dataset_id = $1 AND valid_to IS NULL AND status = 'active'
        AND (source_trace_id, coalesce(source_span_id, '')) IN (SELECT * FROM unnest($2::text[], $3::text[]))`,
    [
      context.datasetId,
      withSource.map((item) => item.sourceTraceId),
      withSource.map((item) => item.sourceSpanId ?? ""),
    ],
  );
  for (const row of known.rows) sources.add(`${row.traceId}\u0000${row.spanId}`);
  return batch.filter((item) => {
    const key = sourceKey(item);
    if (key === null) return true;
    if (sources.has(key)) return false;
    sources.add(key);
    return true;
  });
}

async function flushBatch(
  context: TVersionContext,
  batch: TDatasetItemWrite[],
  state: { written: Set<string>; counts: { added: number; changed: number; archived: number } },
): Promise<void> {
  // The last revision of an id within one batch wins, as it would across batches.
  const byId = new Map(batch.map((item) => [item.id!, item]));
  if (byId.size === 0) return;
  const ids = [...byId.keys()];
  const { client, datasetId, version } = context;
  await client.query(`DELETE FROM dataset_item WHERE dataset_id = $1 AND id = ANY($2::text[]) AND valid_from = $3`, [
    datasetId,
    ids,
    version,
  ]);
  const closed = await client.query<{ id: string }>(
    `UPDATE dataset_item SET valid_to = $3 WHERE dataset_id = $1 AND id = ANY($2::text[]) AND valid_to IS NULL RETURNING id`,
    [datasetId, ids, version],
  );
  const existed = new Set(closed.rows.map((row) => row.id));
  for (const [id, item] of byId) {
    if (state.written.has(id)) continue;
    state.written.add(id);
    if (!existed.has(id)) state.counts.added += 1;
    else if (item.status === "archived") state.counts.archived += 1;
    else state.counts.changed += 1;
  }
  const items = [...byId.values()];
  const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));
  await client.query(
    `INSERT INTO dataset_item (dataset_id, id, valid_from, status, input, expected_output, metadata,
       source_trace_id, source_span_id, feedback_score_ids, correction_score_id)
     SELECT $1, t.id, $2, t.status, t.input::jsonb, t.expected::jsonb, t.metadata::jsonb, t.trace_id, t.span_id,
            coalesce((SELECT array_agg(x) FROM jsonb_array_elements_text(t.feedback::jsonb) x), '{}'), t.correction_id
       FROM unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[])
         AS t(id, status, input, expected, metadata, trace_id, span_id, feedback, correction_id)`,
    [
      datasetId,
      version,
      ids,
      items.map((item) => item.status),
      items.map((item) => JSON.stringify(item.input)),
      items.map((item) => json(item.expectedOutput)),
      items.map((item) => json(item.metadata)),
      items.map((item) => item.sourceTraceId),
      items.map((item) => item.sourceSpanId),
      items.map((item) => JSON.stringify(item.feedbackScoreIds)),
      items.map((item) => item.correctionScoreId),
    ],
  );
}
