import type { TAnnotationQueueSummary } from "@spanlight/core";
import { getDb, getPool } from "../client.ts";
import { QUEUE_SELECT, toAnnotationQueue } from "./to-annotation-queue.ts";

/** A project's queues by name, each with its item count and how many items are fully reviewed. */
export async function listAnnotationQueues(options: { projectId: string }): Promise<TAnnotationQueueSummary[]> {
  const rows = await getDb().annotationQueue.findMany({
    where: { projectId: options.projectId },
    select: QUEUE_SELECT,
    orderBy: { name: "asc" },
  });
  if (rows.length === 0) return [];
  const counts = await getPool().query<{ queueId: string; items: number; completedItems: number }>(
    `SELECT i.queue_id AS "queueId", count(*)::int AS items,
            count(*) FILTER (WHERE coalesce(r.completed, 0) >= q.reviewers_per_item)::int AS "completedItems"
       FROM annotation_queue_item i
       JOIN annotation_queue q ON q.id = i.queue_id
       LEFT JOIN (SELECT item_id, count(*) AS completed FROM annotation_queue_review
                   WHERE queue_id = ANY($1) AND status = 'COMPLETED' GROUP BY item_id) r ON r.item_id = i.id
      WHERE i.queue_id = ANY($1)
      GROUP BY i.queue_id`,
    [rows.map((row) => row.id)],
  );
  const byQueue = new Map(counts.rows.map((row) => [row.queueId, row]));
  return rows.map((row) => ({
    ...toAnnotationQueue(row),
    items: byQueue.get(row.id)?.items ?? 0,
    completedItems: byQueue.get(row.id)?.completedItems ?? 0,
  }));
}
