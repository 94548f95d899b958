import { ConflictError, NotFoundError } from "@spanlight/core";
import type { TQueueItem } from "@spanlight/core";
import { getPool } from "../client.ts";
import { assertReviewer } from "./claim-next-queue-item.ts";
import { findAnnotationQueue } from "./get-annotation-queue.ts";
import { QUEUE_ITEM_COLUMNS, QUEUE_LOCK_SQL } from "./queue-item-row.ts";
import type { TQueueItemRow } from "./queue-item-row.ts";

/**
 * Completes or skips the reviewer's slot on an item. It must be theirs (claimed through
 * claimNextQueueItem). A lock that ran out is still theirs unless other reviewers have since
 * filled the item's slots: then finishing is a 409, so an item never ends with more reviews than
 * reviewersPerItem. Finishing again with the same status is a no-op; a skip frees the slot.
 */
export async function finishQueueReview(options: {
  projectId: string;
  queueId: string;
  itemId: string;
  userId: string;
  status: "COMPLETED" | "SKIPPED";
}): Promise<TQueueItem> {
  const queue = await findAnnotationQueue(options);
  assertReviewer(queue.reviewerUserIds, options.userId);
  const client = await getPool().connect();
  try {
    await client.query("BEGIN");
    await client.query(QUEUE_LOCK_SQL, [queue.id]);
    const current = await client.query<{ status: string; isLive: boolean; othersTaken: number }>(
      `SELECT r.status::text AS status, coalesce(r.locked_until > now(), false) AS "isLive",
              (SELECT count(*)::int FROM annotation_queue_review o
                WHERE o.item_id = r.item_id AND o.user_id <> r.user_id
                  AND (o.status = 'COMPLETED' OR (o.status = 'IN_PROGRESS' AND o.locked_until > now()))) AS "othersTaken"
         FROM annotation_queue_review r JOIN annotation_queue_item i ON i.id = r.item_id
        WHERE r.item_id = $1 AND r.user_id = $2 AND i.queue_id = $3`,
      [options.itemId, options.userId, queue.id],
    );
    const review = current.rows[0];
    if (!review) throw new NotFoundError("You have not taken this item: open the queue's next item first");
    if (review.status !== "IN_PROGRESS" && review.status !== options.status) {
      throw new ConflictError(`This item is already ${review.status.toLowerCase()} by you`);
    }
    const isSlotLost =
      review.status === "IN_PROGRESS" && !review.isLive && review.othersTaken >= queue.reviewersPerItem;
    if (options.status === "COMPLETED" && isSlotLost) {
      throw new ConflictError("Your lock on this item ran out and other reviewers have completed it");
    }
    if (review.status === "IN_PROGRESS") {
      await client.query(
        `UPDATE annotation_queue_review SET status = $3::"AnnotationReviewStatus", locked_until = NULL, completed_at = now()
          WHERE item_id = $1 AND user_id = $2`,
        [options.itemId, options.userId, options.status],
      );
    }
    const item = await client.query<TQueueItemRow>(
      `SELECT ${QUEUE_ITEM_COLUMNS} FROM annotation_queue_item i
         JOIN annotation_queue_review r ON r.item_id = i.id AND r.user_id = $2 WHERE i.id = $1`,
      [options.itemId, options.userId],
    );
    await client.query("COMMIT");
    const finished = item.rows[0];
    if (!finished) throw new NotFoundError("Queue item not found");
    return finished;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
