// GET /api/projects/{projectId}/annotation-queues/{queueId}/history — the signed-in reviewer's
// finished items, most recent first ("previous" on the review screen).
import { ZQueueIdParam } from "@spanlight/core";
import { listReviewerHistory } from "@spanlight/db";
import { withRoute } from "@/lib/http/with-route";

export const GET = withRoute({
  auth: "project",
  action: "project:read",
  schemas: { params: ZQueueIdParam },
  handler: async ({ project, user, params }) => ({
    data: await listReviewerHistory({ projectId: project.id, queueId: params.queueId, userId: user.id }),
  }),
});
