// POST /api/public/metrics — aggregates over traces or spans: measures, groups (time buckets, model,
// trace name …), the trace list's filters. Auth: the project's secret key. The dashboard's charts
// ask the same query through /api/projects/{projectId}/metrics.
import { ZMetricsQuery } from "@spanlight/core";
import { queryMetrics } from "@spanlight/db";
import { withRoute } from "@/lib/http/with-route";

export const POST = withRoute({
  auth: "apiKey",
  schemas: { body: ZMetricsQuery },
  handler: ({ principal, body }) => queryMetrics({ projectId: principal.projectId, query: body }),
});
