// POST /api/projects/{projectId}/annotation-queues/{queueId}/next — takes (locks) the signed-in
// reviewer's next item → {item} (null when none is left). A POST: it changes who holds a slot.
import { ZQueueIdParam } from "@spanlight/core";
import { claimNextQueueItem } from "@spanlight/db";
import { withRoute } from "@/lib/http/with-route";

export const POST = withRoute({
  auth: "project",
  action: "project:write",
  schemas: { params: ZQueueIdParam },
  handler: async ({ project, user, params }) => ({
    item: await claimNextQueueItem({ projectId: project.id, queueId: params.queueId, userId: user.id }),
  }),
});
