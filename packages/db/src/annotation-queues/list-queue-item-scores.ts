import type { TQueueItemScore } from "@spanlight/core";
import { getPool } from "../client.ts";
import { isoTime } from "../traces/sql-fragments.ts";
import { scoreValueSql } from "./score-value-sql.ts";

/**
 * The scores given on one item of a queue (its trace, or its span), oldest first. `onlyAuthor`
 * keeps one person's: blind review shows a reviewer only their own until they have submitted.
 */
export async function listQueueItemScores(options: {
  projectId: string;
  queueId: string;
  itemId: string;
  onlyAuthor?: string;
}): Promise<TQueueItemScore[]> {
  const result = await getPool().query<TQueueItemScore>(
    `SELECT s.id, s.name, s.data_type::text AS "dataType", ${scoreValueSql("s")} AS value, s.comment, s.correction,
            s.author_user_id AS "authorUserId", u.name AS "authorName", s.is_adjudicated AS "isAdjudicated",
            ${isoTime("s.timestamp")} AS timestamp
       FROM annotation_queue_item i
       JOIN score s ON s.project_id = i.project_id AND s.queue_id = i.queue_id AND s.trace_id = i.trace_id
                   AND coalesce(s.span_id, '') = i.span_id
       LEFT JOIN "user" u ON u.id = s.author_user_id
      WHERE i.id = $1 AND i.queue_id = $2 AND i.project_id = $3
        AND ($4::text IS NULL OR s.author_user_id = $4)
      ORDER BY s.timestamp, s.id`,
    [options.itemId, options.queueId, options.projectId, options.onlyAuthor ?? null],
  );
  return result.rows;
}
