import type { TQueueItem } from "@spanlight/core";
import { isoTime } from "../traces/sql-fragments.ts";

/** Columns of an item joined with one reviewer's slot (`r`), as the review screen reads them. */
export const QUEUE_ITEM_COLUMNS = `i.id, i.queue_id AS "queueId", i.trace_id AS "traceId", nullif(i.span_id, '') AS "spanId",
  ${isoTime("i.created_at")} AS "createdAt", r.status::text AS status,
  CASE WHEN r.locked_until IS NULL THEN NULL ELSE ${isoTime("r.locked_until")} END AS "lockedUntil"`;

export type TQueueItemRow = TQueueItem;

/** How long a reviewer holds a slot without finishing it; after that the slot is free again. */
export const QUEUE_LOCK_SECONDS = 10 * 60;

/** One advisory lock per queue serialises claims, so two reviewers never take the same last slot. */
export const QUEUE_LOCK_SQL = `SELECT pg_advisory_xact_lock(hashtextextended('annotation_queue:' || $1, 0))`;
