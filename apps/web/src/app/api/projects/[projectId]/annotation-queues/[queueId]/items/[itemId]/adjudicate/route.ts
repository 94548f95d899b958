// POST …/annotation-queues/{queueId}/items/{itemId}/adjudicate — records the final value for one
// config ({configId, value, comment?}) where reviewers disagreed. Owners and admins only.
import { ZAdjudicateQueueItem, ZQueueItemParams } from "@spanlight/core";
import { adjudicateQueueItem } from "@/features/annotation-queues/server/adjudicate-queue-item";
import { withRoute } from "@/lib/http/with-route";

export const POST = withRoute({
  auth: "project",
  action: "project:manage",
  schemas: { params: ZQueueItemParams, body: ZAdjudicateQueueItem },
  handler: async ({ project, user, params, body }) =>
    Response.json(
      await adjudicateQueueItem({
        projectId: project.id,
        queueId: params.queueId,
        itemId: params.itemId,
        userId: user.id,
        body,
      }),
      { status: 201 },
    ),
});
