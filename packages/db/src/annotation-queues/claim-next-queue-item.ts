import { ForbiddenError } from "@spanlight/core";
import type { TQueueItem } from "@spanlight/core";
import { getPool } from "../client.ts";
import { findAnnotationQueue } from "./get-annotation-queue.ts";
import { QUEUE_ITEM_COLUMNS, QUEUE_LOCK_SECONDS, QUEUE_LOCK_SQL } from "./queue-item-row.ts";
import type { TQueueItemRow } from "./queue-item-row.ts";

/**
 * The reviewer's next item, locked for them: the one they already hold if its lock is live, else
 * the oldest item they have not reviewed whose slots (completed reviews plus live locks of others)
 * are fewer than reviewersPerItem. A reviewer never gets an item twice; their own expired lock may
 * be taken again. Claims of one queue run one at a time (an advisory lock), which is what makes the
 * slot count race-free: without it two transactions could both count "one free slot".
 */
export async function claimNextQueueItem(options: {
  projectId: string;
  queueId: string;
  userId: string;
  lockSeconds?: number;
}): Promise<TQueueItem | null> {
  const queue = await findAnnotationQueue(options);
  assertReviewer(queue.reviewerUserIds, options.userId);
  const lockSeconds = options.lockSeconds ?? QUEUE_LOCK_SECONDS;
  const client = await getPool().connect();
  try {
    await client.query("BEGIN");
    await client.query(QUEUE_LOCK_SQL, [queue.id]);
    const held = await client.query<{ itemId: string }>(
      `SELECT item_id AS "itemId" FROM annotation_queue_review
        WHERE queue_id = $1 AND user_id = $2 AND status = 'IN_PROGRESS' AND locked_until > now()
        ORDER BY created_at LIMIT 1`,
      [queue.id, options.userId],
    );
    const itemId =
      held.rows[0]?.itemId ??
      (await pickFreeItem(client, { queueId: queue.id, userId: options.userId, slots: queue.reviewersPerItem }));
    if (!itemId) {
      await client.query("COMMIT");
      return null;
    }
    await client.query(
      `INSERT INTO annotation_queue_review (item_id, user_id, queue_id, status, locked_until)
       VALUES ($1, $2, $3, 'IN_PROGRESS', now() + make_interval(secs => $4))
       ON CONFLICT (item_id, user_id) DO UPDATE SET locked_until = EXCLUDED.locked_until
        WHERE annotation_queue_review.status = 'IN_PROGRESS'`,
      [itemId, options.userId, queue.id, lockSeconds],
    );
    const item = await client.query<TQueueItemRow>(
      `SELECT ${QUEUE_ITEM_COLUMNS} FROM annotation_queue_item i
         JOIN annotation_queue_review r ON r.item_id = i.id AND r.user_id = $2
        WHERE i.id = $1`,
      [itemId, options.userId],
    );
    await client.query("COMMIT");
    return item.rows[0] ?? null;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

/** Assigned reviewers only, when the queue names any; otherwise any member who may annotate. */
export function assertReviewer(reviewerUserIds: string[], userId: string): void {
  if (reviewerUserIds.length > 0 && !reviewerUserIds.includes(userId)) {
    throw new ForbiddenError("You are not a reviewer of this queue");
  }
}

async function pickFreeItem(
  client: { query: <R extends object>(sql: string, values: unknown[]) => Promise<{ rows: R[] }> },
  options: { queueId: string; userId: string; slots: number },
): Promise<string | null> {
  const result = await client.query<{ id: string }>(
    `SELECT i.id FROM annotation_queue_item i
      WHERE i.queue_id = $1
        AND NOT EXISTS (SELECT 1 FROM annotation_queue_review mine
                         WHERE mine.item_id = i.id AND mine.user_id = $2 AND mine.status <> 'IN_PROGRESS')
        AND (SELECT count(*) FROM annotation_queue_review taken
              WHERE taken.item_id = i.id AND taken.user_id <> $2
                AND (taken.status = 'COMPLETED' OR (taken.status = 'IN_PROGRESS' AND taken.locked_until > now()))) < $3
      ORDER BY i.created_at, i.id
      LIMIT 1`,
    [options.queueId, options.userId, options.slots],
  );
  return result.rows[0]?.id ?? null;
}
