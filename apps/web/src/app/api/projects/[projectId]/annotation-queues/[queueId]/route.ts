// GET /api/projects/{projectId}/annotation-queues/{queueId} — the queue and its progress (any member).
import { ZQueueIdParam } from "@spanlight/core";
import { getAnnotationQueue } from "@spanlight/db";
import { withRoute } from "@/lib/http/with-route";

export const GET = withRoute({
  auth: "project",
  action: "project:read",
  schemas: { params: ZQueueIdParam },
  handler: ({ project, params }) => getAnnotationQueue({ projectId: project.id, queueId: params.queueId }),
});
