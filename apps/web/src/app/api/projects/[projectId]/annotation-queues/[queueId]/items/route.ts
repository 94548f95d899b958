// POST /api/projects/{projectId}/annotation-queues/{queueId}/items — adds traces, spans or a trace-list
// filter's matches (the trace page, the list toolbar, pasted ids); members who may write.
import { ZAddQueueItems, ZQueueIdParam } from "@spanlight/core";
import { addProjectQueueItems } from "@/features/annotation-queues/server/add-project-queue-items";
import { withRoute } from "@/lib/http/with-route";

export const POST = withRoute({
  auth: "project",
  action: "project:write",
  schemas: { params: ZQueueIdParam, body: ZAddQueueItems },
  handler: ({ project, params, body }) =>
    addProjectQueueItems({ projectId: project.id, queueId: params.queueId, body }),
});
