// GET /api/projects/{projectId}/traces/{traceId}/tree — the rollup and every span without payloads,
// in start order: what the tree and timeline of a big trace need. Payloads load per span.
import { ZTraceIdParam } from "@spanlight/core";
import { getProjectTraceTree } from "@/features/explorer/server/get-project-trace-tree";
import { withRoute } from "@/lib/http/with-route";

export const GET = withRoute({
  auth: "project",
  action: "project:read",
  schemas: { params: ZTraceIdParam },
  handler: ({ project, params }) => getProjectTraceTree({ projectId: project.id, traceId: params.traceId }),
});
