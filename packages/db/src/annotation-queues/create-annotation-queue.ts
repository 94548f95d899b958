import { BadRequestError, ConflictError } from "@spanlight/core";
import type { TAnnotationQueue, TCreateAnnotationQueueParsed } from "@spanlight/core";
import { getDb } from "../client.ts";
import { isUniqueViolation, QUEUE_SELECT, toAnnotationQueue } from "./to-annotation-queue.ts";

/**
 * Creates a queue. Its score configs must be the project's live ones and its reviewers the
 * project's members who may annotate (not viewers): a queue nobody can work is refused up front.
 */
export async function createAnnotationQueue(options: {
  projectId: string;
  input: TCreateAnnotationQueueParsed;
  createdBy: string | null;
}): Promise<TAnnotationQueue> {
  const { projectId, input } = options;
  const scoreConfigIds = [...new Set(input.scoreConfigIds)];
  const reviewerUserIds = [...new Set(input.reviewerUserIds)];
  const db = getDb();
  const configs = await db.scoreConfig.findMany({
    where: { projectId, id: { in: scoreConfigIds }, isArchived: false },
    select: { id: true },
  });
  const missingConfig = scoreConfigIds.find((id) => !configs.some((config) => config.id === id));
  if (missingConfig) throw new BadRequestError(`scoreConfigIds: no live score config ${missingConfig} in this project`);
  const members = await db.membership.findMany({
    where: { projectId, userId: { in: reviewerUserIds }, role: { not: "VIEWER" } },
    select: { userId: true },
  });
  const missingReviewer = reviewerUserIds.find((id) => !members.some((member) => member.userId === id));
  if (missingReviewer)
    throw new BadRequestError(`reviewerUserIds: ${missingReviewer} is not a member who may annotate`);
  try {
    const row = await db.annotationQueue.create({
      data: {
        projectId,
        name: input.name,
        description: input.description ?? null,
        // Kept in the order given: the review screen shows the fields in this order.
        scoreConfigIds,
        reviewersPerItem: input.reviewersPerItem,
        createdBy: options.createdBy,
        reviewers: { create: reviewerUserIds.map((userId) => ({ userId })) },
      },
      select: QUEUE_SELECT,
    });
    return toAnnotationQueue(row);
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError(`This project already has a queue named "${input.name}"`);
    throw error;
  }
}
