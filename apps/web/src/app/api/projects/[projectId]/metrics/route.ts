// POST /api/projects/{projectId}/metrics — the dashboard's charts: the same query and answer as
// POST /api/public/metrics (any member).
import { ZMetricsQuery } from "@spanlight/core";
import { queryMetrics } from "@spanlight/db";
import { withRoute } from "@/lib/http/with-route";

export const POST = withRoute({
  auth: "project",
  action: "project:read",
  schemas: { body: ZMetricsQuery },
  handler: ({ project, body }) => queryMetrics({ projectId: project.id, query: body }),
});
