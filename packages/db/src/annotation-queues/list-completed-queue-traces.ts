import { getPool } from "../client.ts";

/**
 * The traces of a queue's fully reviewed items (completed by `reviewers_per_item` reviewers), in the
 * order they were queued, at most `limit`: what "add the queue's completed items to a dataset" takes.
 */
export async function listCompletedQueueTraceIds(options: {
  projectId: string;
  queueId: string;
  limit: number;
}): Promise<string[]> {
  const result = await getPool().query<{ traceId: string }>(
    `SELECT i.trace_id AS "traceId"
       FROM annotation_queue_item i
       JOIN annotation_queue q ON q.id = i.queue_id
      WHERE i.queue_id = $1 AND i.project_id = $2
        AND (SELECT count(*) FROM annotation_queue_review r
              WHERE r.item_id = i.id AND r.status = 'COMPLETED') >= q.reviewers_per_item
      GROUP BY i.trace_id
      ORDER BY min(i.created_at), i.trace_id
      LIMIT $3`,
    [options.queueId, options.projectId, options.limit],
  );
  return result.rows.map((row) => row.traceId);
}
