// GET /api/projects/{projectId}/traces — the explorer's trace list (same query as GET /api/public/traces).
import { ZTraceListQuery } from "@spanlight/core";
import { listProjectTraces } from "@/features/explorer/server/list-project-traces";
import { withRoute } from "@/lib/http/with-route";

export const GET = withRoute({
  auth: "project",
  action: "project:read",
  schemas: { query: ZTraceListQuery },
  handler: ({ project, query }) => listProjectTraces({ projectId: project.id, query }),
});
