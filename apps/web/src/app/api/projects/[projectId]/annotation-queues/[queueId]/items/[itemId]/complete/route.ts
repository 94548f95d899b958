// POST …/annotation-queues/{queueId}/items/{itemId}/complete — stores the reviewer's scores for the
// queue's configs ({scores: [{configId, value, comment?, correction?}]}) and completes their slot.
import { ZCompleteQueueItem, ZQueueItemParams } from "@spanlight/core";
import { completeQueueItem } from "@/features/annotation-queues/server/complete-queue-item";
import { withRoute } from "@/lib/http/with-route";

export const POST = withRoute({
  auth: "project",
  action: "project:write",
  schemas: { params: ZQueueItemParams, body: ZCompleteQueueItem },
  handler: async ({ project, user, params, body }) => ({
    item: await completeQueueItem({
      projectId: project.id,
      queueId: params.queueId,
      itemId: params.itemId,
      userId: user.id,
      body,
    }),
  }),
});
