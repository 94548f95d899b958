import "server-only";
import { BadRequestError } from "@spanlight/core";
import type { TAdjudicateQueueItem, TScore } from "@spanlight/core";
import { findAnnotationQueue, findScoreConfig, getQueueItem } from "@spanlight/db";
import { createScore } from "@/features/scores/server/create-score";

/**
 * Records the final value for one of the queue's configs on an item where reviewers disagreed: an
 * ANNOTATION score marked adjudicated. It is not another rater (agreement leaves it out) but the
 * value that wins where a final answer is needed (datasets, compare). The route lets only
 * owners/admins here.
 */
export async function adjudicateQueueItem(options: {
  projectId: string;
  queueId: string;
  itemId: string;
  userId: string;
  body: TAdjudicateQueueItem;
}): Promise<TScore> {
  const { projectId, queueId, body } = options;
  const [queue, item] = await Promise.all([findAnnotationQueue({ projectId, queueId }), getQueueItem(options)]);
  const config = queue.scoreConfigIds.includes(body.configId)
    ? await findScoreConfig({ projectId, configId: body.configId })
    : null;
  if (!config) throw new BadRequestError("configId: not one of this queue's score configs");
  const { score } = await createScore({
    projectId,
    input: {
      traceId: item.traceId,
      spanId: item.spanId ?? undefined,
      name: config.name,
      value: body.value,
      comment: body.comment,
      configId: config.id,
      source: "ANNOTATION",
    },
    author: { userId: options.userId },
    source: "ANNOTATION",
    queueId,
    isAdjudicated: true,
  });
  return score;
}
