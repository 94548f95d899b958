import { NotFoundError } from "@spanlight/core";
import type { TQueueItem } from "@spanlight/core";
import { getPool } from "../client.ts";
import { QUEUE_ITEM_COLUMNS } from "./queue-item-row.ts";
import type { TQueueItemRow } from "./queue-item-row.ts";

/** One item of the project's queue with the asking reviewer's slot on it (status null: none). */
export async function getQueueItem(options: {
  projectId: string;
  queueId: string;
  itemId: string;
  userId: string;
}): Promise<TQueueItem> {
  const result = await getPool().query<TQueueItemRow>(
    `SELECT ${QUEUE_ITEM_COLUMNS} FROM annotation_queue_item i
       LEFT JOIN annotation_queue_review r ON r.item_id = i.id AND r.user_id = $4
      WHERE i.id = $1 AND i.queue_id = $2 AND i.project_id = $3`,
    [options.itemId, options.queueId, options.projectId, options.userId],
  );
  const item = result.rows[0];
  if (!item) throw new NotFoundError("Queue item not found");
  return item;
}

/** The reviewer's finished items (completed or skipped), most recent first: "previous" walks these. */
export async function listReviewerHistory(options: {
  projectId: string;
  queueId: string;
  userId: string;
  limit?: number;
}): Promise<TQueueItem[]> {
  const result = await getPool().query<TQueueItemRow>(
    `SELECT ${QUEUE_ITEM_COLUMNS} FROM annotation_queue_review r
       JOIN annotation_queue_item i ON i.id = r.item_id
      WHERE r.queue_id = $1 AND r.user_id = $2 AND i.project_id = $3 AND r.status <> 'IN_PROGRESS'
      ORDER BY r.completed_at DESC, i.id DESC
      LIMIT $4`,
    [options.queueId, options.userId, options.projectId, options.limit ?? 50],
  );
  return result.rows;
}
