import { QUEUE_FILTER_ITEM_LIMIT, ZTraceListQuery } from "@spanlight/core";
import type { TAddQueueItemsResult } from "@spanlight/core";
import { getPool } from "../client.ts";
import { SqlParams } from "../traces/sql-fragments.ts";
import { traceConditions } from "../traces/trace-conditions.ts";
import { resolveTimeWindow } from "../traces/time-window.ts";
import { findAnnotationQueue } from "./get-annotation-queue.ts";

type TTarget = { traceId: string; spanId: string };

export type TQueueItemsInput =
  { traceIds: string[] } | { spans: { traceId: string; spanId: string }[] } | { filter: Record<string, string> };

/**
 * Adds traces or spans to a queue; what is already in it is skipped by the (queue, trace, span)
 * unique key, so a repeated or racing add never doubles an item. A `filter` is the trace list's
 * query (same conditions as `listTraces`), newest first, cut at QUEUE_FILTER_ITEM_LIMIT. Targets
 * need not be ingested yet: like scores, an item waits for its trace.
 */
export async function addQueueItems(options: {
  projectId: string;
  queueId: string;
  input: TQueueItemsInput;
}): Promise<TAddQueueItemsResult> {
  await findAnnotationQueue(options);
  const { targets, truncated } = await resolveTargets(options.projectId, options.input);
  const unique = dedupe(targets);
  if (unique.length === 0) return { added: 0, skipped: 0, truncated };
  // created_at steps by a microsecond per row so the queue serves items in the order given (one
  // statement's now() is the same for every row, and ids are random).
  const result = await getPool().query(
    `INSERT INTO annotation_queue_item (id, queue_id, project_id, trace_id, span_id, created_at)
     SELECT gen_random_uuid()::text, $1, $2, t.trace_id, t.span_id, now() + t.ord * interval '1 microsecond'
       FROM unnest($3::text[], $4::text[]) WITH ORDINALITY AS t(trace_id, span_id, ord)
     ON CONFLICT (queue_id, trace_id, span_id) DO NOTHING`,
    [options.queueId, options.projectId, unique.map((target) => target.traceId), unique.map((target) => target.spanId)],
  );
  const added = result.rowCount ?? 0;
  return { added, skipped: targets.length - added, truncated };
}

async function resolveTargets(
  projectId: string,
  input: TQueueItemsInput,
): Promise<{ targets: TTarget[]; truncated: boolean }> {
  if ("traceIds" in input)
    return { targets: input.traceIds.map((traceId) => ({ traceId, spanId: "" })), truncated: false };
  if ("spans" in input) return { targets: input.spans, truncated: false };
  const query = ZTraceListQuery.parse(input.filter);
  const params = new SqlParams();
  const window = resolveTimeWindow(query, null);
  const conditions = traceConditions({ projectId, query, window, params });
  const result = await getPool().query<{ traceId: string }>(
    `SELECT trace_id AS "traceId" FROM trace WHERE ${conditions.join(" AND ")}
      ORDER BY start_time DESC, trace_id DESC LIMIT ${params.add(QUEUE_FILTER_ITEM_LIMIT + 1)}`,
    params.values,
  );
  const rows = result.rows.slice(0, QUEUE_FILTER_ITEM_LIMIT);
  return {
    targets: rows.map((row) => ({ traceId: row.traceId, spanId: "" })),
    truncated: result.rows.length > QUEUE_FILTER_ITEM_LIMIT,
  };
}

/** Repeats inside one request count as skipped too, like ones already in the queue. */
function dedupe(targets: TTarget[]): TTarget[] {
  const seen = new Set<string>();
  return targets.filter((target) => {
    const key = `${target.traceId}\u0000${target.spanId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
