// GET /api/projects/{projectId}/traces/{traceId}/spans/{spanId} — one span with its full payload.
import { ZTraceSpanParams } from "@spanlight/core";
import { getProjectSpan } from "@/features/explorer/server/get-project-span";
import { withRoute } from "@/lib/http/with-route";

export const GET = withRoute({
  auth: "project",
  action: "project:read",
  schemas: { params: ZTraceSpanParams },
  handler: ({ project, params }) =>
    getProjectSpan({ projectId: project.id, traceId: params.traceId, spanId: params.spanId }),
});
