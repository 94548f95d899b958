import "server-only";
import { canRole } from "@spanlight/core";
import type { TProjectRole, TQueueItemView } from "@spanlight/core";
import { getQueueItem, listQueueItemScores } from "@spanlight/db";

/**
 * An item for the review screen. Blind review: a reviewer who has not completed the item sees only
 * their own scores on it, so others' values cannot anchor theirs. Owners/admins who hold no slot
 * on it (they are adjudicating) and reviewers who have completed it see everyone's.
 */
export async function getQueueItemView(options: {
  projectId: string;
  queueId: string;
  itemId: string;
  userId: string;
  role: TProjectRole;
}): Promise<TQueueItemView> {
  const item = await getQueueItem(options);
  const isAdjudicator = canRole(options.role, "project:manage") && item.status === null;
  const isBlind = item.status !== "COMPLETED" && !isAdjudicator;
  const scores = await listQueueItemScores({ ...options, onlyAuthor: isBlind ? options.userId : undefined });
  return { item, scores, isBlind };
}
