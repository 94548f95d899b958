import type { TQueueDisagreement } from "@spanlight/core";
import { getPool } from "../client.ts";
import { scoreValueSql } from "./score-value-sql.ts";

/**
 * Items where the queue's reviewers gave one score name different values, with each reviewer's
 * value side by side and the adjudicated value once an owner/admin has recorded one. A reviewer's
 * latest score of a name counts (they may have corrected themselves).
 */
export async function listQueueDisagreements(options: {
  projectId: string;
  queueId: string;
}): Promise<TQueueDisagreement[]> {
  const result = await getPool().query<TQueueDisagreement>(
    `WITH latest AS (
       SELECT DISTINCT ON (i.id, s.name, s.author_user_id)
              i.id AS item_id, i.trace_id, i.span_id, i.created_at, s.name, s.author_user_id, ${scoreValueSql("s")} AS value
         FROM annotation_queue_item i
         JOIN score s ON s.project_id = i.project_id AND s.queue_id = i.queue_id AND s.trace_id = i.trace_id
                     AND coalesce(s.span_id, '') = i.span_id AND NOT s.is_adjudicated AND s.author_user_id IS NOT NULL
        WHERE i.queue_id = $1 AND i.project_id = $2
        ORDER BY i.id, s.name, s.author_user_id, s.timestamp DESC, s.id DESC
     ), final AS (
       SELECT DISTINCT ON (i.id, s.name) i.id AS item_id, s.name, ${scoreValueSql("s")} AS value
         FROM annotation_queue_item i
         JOIN score s ON s.project_id = i.project_id AND s.queue_id = i.queue_id AND s.trace_id = i.trace_id
                     AND coalesce(s.span_id, '') = i.span_id AND s.is_adjudicated
        WHERE i.queue_id = $1 AND i.project_id = $2
        ORDER BY i.id, s.name, s.timestamp DESC, s.id DESC
     )
     SELECT l.item_id AS "itemId", l.trace_id AS "traceId", nullif(l.span_id, '') AS "spanId", l.name,
            jsonb_agg(jsonb_build_object('authorUserId', l.author_user_id, 'authorName', u.name, 'value', l.value)
                      ORDER BY u.name, l.author_user_id) AS values,
            f.value AS adjudicated
       FROM latest l
       LEFT JOIN "user" u ON u.id = l.author_user_id
       LEFT JOIN final f ON f.item_id = l.item_id AND f.name = l.name
      GROUP BY l.item_id, l.trace_id, l.span_id, l.created_at, l.name, f.value
     HAVING count(DISTINCT l.value) > 1
      ORDER BY l.created_at, l.item_id, l.name`,
    [options.queueId, options.projectId],
  );
  return result.rows;
}
