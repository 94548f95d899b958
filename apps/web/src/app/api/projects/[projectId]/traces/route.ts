// GET /api/projects/{projectId}/traces — the explorer's trace list (same query as GET /api/public/traces).
// DELETE /api/projects/{projectId}/traces — deletes the selected traces ({ traceIds }) with their spans.
import { ZDeleteTraces, ZTraceListQuery } from "@spanlight/core";
import { listProjectTraces } from "@/features/explorer/server/list-project-traces";
import { deleteProjectTraces } from "@/features/explorer/server/delete-project-traces";
import { withRoute } from "@/lib/http/with-route";

export const GET = withRoute({
  auth: "project",
  action: "project:read",
  schemas: { query: ZTraceListQuery },
  handler: ({ project, query }) => listProjectTraces({ projectId: project.id, query }),
});

// Deleting is writing: viewers are refused (403) by the wrapper's role check.
export const DELETE = withRoute({
  auth: "project",
  action: "project:write",
  schemas: { body: ZDeleteTraces },
  handler: ({ project, body }) => deleteProjectTraces({ projectId: project.id, traceIds: body.traceIds }),
});
