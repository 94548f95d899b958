// POST /api/public/annotation-queues/{queueId}/items — adds `traceIds`, `spans` or the traces a
// trace-list `filter` matches → {added, skipped, truncated}. Auth: the project's secret key.
import { ZAddQueueItems, ZQueueIdParam } from "@spanlight/core";
import { addProjectQueueItems } from "@/features/annotation-queues/server/add-project-queue-items";
import { withRoute } from "@/lib/http/with-route";

export const POST = withRoute({
  auth: "apiKey",
  schemas: { params: ZQueueIdParam, body: ZAddQueueItems },
  handler: ({ principal, params, body }) =>
    addProjectQueueItems({ projectId: principal.projectId, queueId: params.queueId, body }),
});
