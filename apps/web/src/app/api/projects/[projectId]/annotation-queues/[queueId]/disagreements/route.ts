// GET /api/projects/{projectId}/annotation-queues/{queueId}/disagreements — items where reviewers
// gave different values, side by side, with any adjudicated value (any member may read).
import { ZQueueIdParam } from "@spanlight/core";
import { listQueueDisagreements } from "@spanlight/db";
import { withRoute } from "@/lib/http/with-route";

export const GET = withRoute({
  auth: "project",
  action: "project:read",
  schemas: { params: ZQueueIdParam },
  handler: async ({ project, params }) => ({
    data: await listQueueDisagreements({ projectId: project.id, queueId: params.queueId }),
  }),
});
