import "server-only";
import { BadRequestError, ConflictError } from "@spanlight/core";
import type { TCompleteQueueItem, TQueueItem } from "@spanlight/core";
import { findAnnotationQueue, finishQueueReview, getQueueItem, listScoreConfigs } from "@spanlight/db";
import { createScore } from "@/features/scores/server/create-score";

/**
 * Stores the reviewer's scores for the queue's configs on the item's target (ANNOTATION scores
 * tagged with the queue), then completes their slot. The slot is checked first so scores are not
 * written for an item the reviewer does not hold; each score goes through createScore, which checks
 * its value against the config (a bad value is a 400 naming `value`, and nothing is completed).
 */
export async function completeQueueItem(options: {
  projectId: string;
  queueId: string;
  itemId: string;
  userId: string;
  body: TCompleteQueueItem;
}): Promise<TQueueItem> {
  const { projectId, queueId, itemId, userId } = options;
  const [queue, item] = await Promise.all([findAnnotationQueue({ projectId, queueId }), getQueueItem(options)]);
  if (item.status === null) throw new ConflictError("You have not taken this item: open the queue's next item first");
  const scores = options.body.scores ?? [];
  const configs = await listScoreConfigs({ projectId });
  const inputs = scores.map((score, index) => {
    const config = configs.find((candidate) => candidate.id === score.configId);
    if (!config || !queue.scoreConfigIds.includes(config.id)) {
      throw new BadRequestError(`scores.${index}.configId: not one of this queue's score configs`);
    }
    return { score, config };
  });
  if (item.status !== "COMPLETED") {
    for (const { score, config } of inputs) {
      await createScore({
        projectId,
        input: {
          traceId: item.traceId,
          spanId: item.spanId ?? undefined,
          name: config.name,
          value: score.value,
          comment: score.comment,
          correction: score.correction,
          configId: config.id,
          source: "ANNOTATION",
        },
        author: { userId },
        source: "ANNOTATION",
        queueId,
      });
    }
  }
  return finishQueueReview({ projectId, queueId, itemId, userId, status: "COMPLETED" });
}
