// GET /api/projects/{projectId}/traces/{traceId}/export?format=json|otlp — the whole trace as a
// download: canonical JSON, or an OTLP/JSON ExportTraceServiceRequest to replay elsewhere.
import { ZTraceExportQuery, ZTraceIdParam } from "@spanlight/core";
import { exportProjectTrace } from "@/features/explorer/server/export-project-trace";
import { withRoute } from "@/lib/http/with-route";

export const GET = withRoute({
  auth: "project",
  action: "project:read",
  schemas: { params: ZTraceIdParam, query: ZTraceExportQuery },
  handler: ({ project, params, query }) =>
    exportProjectTrace({ projectId: project.id, traceId: params.traceId, format: query.format }),
});
