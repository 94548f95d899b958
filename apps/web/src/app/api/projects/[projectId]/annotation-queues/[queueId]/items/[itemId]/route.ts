// GET /api/projects/{projectId}/annotation-queues/{queueId}/items/{itemId} — the item, the reviewer's
// slot on it and the scores they may see (blind review hides others' until they have completed it).
import { ZQueueItemParams } from "@spanlight/core";
import { getQueueItemView } from "@/features/annotation-queues/server/get-queue-item-view";
import { withRoute } from "@/lib/http/with-route";

export const GET = withRoute({
  auth: "project",
  action: "project:read",
  schemas: { params: ZQueueItemParams },
  handler: ({ project, user, params }) =>
    getQueueItemView({
      projectId: project.id,
      queueId: params.queueId,
      itemId: params.itemId,
      userId: user.id,
      role: project.role,
    }),
});
