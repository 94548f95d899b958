// POST …/annotation-queues/{queueId}/items/{itemId}/skip — gives the reviewer's slot back for
// someone else; they do not get this item again.
import { ZQueueItemParams } from "@spanlight/core";
import { finishQueueReview } from "@spanlight/db";
import { withRoute } from "@/lib/http/with-route";

export const POST = withRoute({
  auth: "project",
  action: "project:write",
  schemas: { params: ZQueueItemParams },
  handler: async ({ project, user, params }) => ({
    item: await finishQueueReview({
      projectId: project.id,
      queueId: params.queueId,
      itemId: params.itemId,
      userId: user.id,
      status: "SKIPPED",
    }),
  }),
});
