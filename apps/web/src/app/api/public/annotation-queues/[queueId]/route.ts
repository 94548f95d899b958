// GET /api/public/annotation-queues/{queueId} — the queue with its progress overall and per reviewer.
// Auth: the project's secret key; another project's queue is a 404.
import { ZQueueIdParam } from "@spanlight/core";
import { getAnnotationQueue } from "@spanlight/db";
import { withRoute } from "@/lib/http/with-route";

export const GET = withRoute({
  auth: "apiKey",
  schemas: { params: ZQueueIdParam },
  handler: ({ principal, params }) => getAnnotationQueue({ projectId: principal.projectId, queueId: params.queueId }),
});
