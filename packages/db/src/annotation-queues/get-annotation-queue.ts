import { NotFoundError } from "@spanlight/core";
import type { TAnnotationQueue, TAnnotationQueueDetail, TQueueProgress } from "@spanlight/core";
import { getDb, getPool } from "../client.ts";
import { QUEUE_SELECT, toAnnotationQueue } from "./to-annotation-queue.ts";

/** The queue, or a 404 when it is not this project's (another project's id leaks nothing). */
export async function findAnnotationQueue(options: { projectId: string; queueId: string }): Promise<TAnnotationQueue> {
  const row = await getDb().annotationQueue.findFirst({
    where: { id: options.queueId, projectId: options.projectId },
    select: QUEUE_SELECT,
  });
  if (!row) throw new NotFoundError("Annotation queue not found");
  return toAnnotationQueue(row);
}

/** The queue with its progress overall and per reviewer (assigned ones, and anyone who reviewed). */
export async function getAnnotationQueue(options: {
  projectId: string;
  queueId: string;
}): Promise<TAnnotationQueueDetail> {
  const queue = await findAnnotationQueue(options);
  return { ...queue, progress: await queueProgress(queue) };
}

async function queueProgress(queue: TAnnotationQueue): Promise<TQueueProgress> {
  const pool = getPool();
  const [overall, reviewers] = await Promise.all([
    pool.query<{ items: number; completedItems: number; completedReviews: number }>(
      `SELECT count(*)::int AS items,
              count(*) FILTER (WHERE completed >= $2)::int AS "completedItems",
              coalesce(sum(least(completed, $2)), 0)::int AS "completedReviews"
         FROM (SELECT i.id, count(r.item_id) FILTER (WHERE r.status = 'COMPLETED') AS completed
                 FROM annotation_queue_item i
                 LEFT JOIN annotation_queue_review r ON r.item_id = i.id
                WHERE i.queue_id = $1
                GROUP BY i.id) per_item`,
      [queue.id, queue.reviewersPerItem],
    ),
    // A lock that ran out no longer counts as in progress: the slot is free again.
    pool.query<{
      userId: string;
      name: string | null;
      email: string | null;
      completed: number;
      skipped: number;
      inProgress: number;
    }>(
      `SELECT u.user_id AS "userId", usr.name, usr.email,
              count(r.item_id) FILTER (WHERE r.status = 'COMPLETED')::int AS completed,
              count(r.item_id) FILTER (WHERE r.status = 'SKIPPED')::int AS skipped,
              count(r.item_id) FILTER (WHERE r.status = 'IN_PROGRESS' AND r.locked_until > now())::int AS "inProgress"
         FROM (SELECT user_id FROM annotation_queue_reviewer WHERE queue_id = $1
               UNION SELECT user_id FROM annotation_queue_review WHERE queue_id = $1) u
         LEFT JOIN annotation_queue_review r ON r.queue_id = $1 AND r.user_id = u.user_id
         LEFT JOIN "user" usr ON usr.id = u.user_id
        GROUP BY u.user_id, usr.name, usr.email
        ORDER BY completed DESC, usr.name NULLS LAST, u.user_id`,
      [queue.id],
    ),
  ]);
  const totals = overall.rows[0] ?? { items: 0, completedItems: 0, completedReviews: 0 };
  return {
    items: totals.items,
    completedItems: totals.completedItems,
    completedReviews: totals.completedReviews,
    totalReviews: totals.items * queue.reviewersPerItem,
    reviewers: reviewers.rows,
  };
}
