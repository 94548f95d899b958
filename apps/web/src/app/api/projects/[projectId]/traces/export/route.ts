// GET /api/projects/{projectId}/traces/export?format=json|csv&<the list's filters> — every trace the
// filter matches, streamed (at most TRACE_LIST_EXPORT_MAX, newest first). POST with {traceIds} — the
// selected traces. Auth: a signed-in member; viewers may export what they may read.
import { ZTraceListExportFormatQuery, ZTraceListExportQuery, ZTraceListExportSelection } from "@spanlight/core";
import { exportTraceFilter, exportTraceSelection } from "@/features/explorer/server/export-project-traces";
import { withRoute } from "@/lib/http/with-route";

export const GET = withRoute({
  auth: "project",
  action: "project:read",
  schemas: { query: ZTraceListExportQuery },
  handler: ({ project, query: { format, ...query } }) => exportTraceFilter({ projectId: project.id, query, format }),
});

export const POST = withRoute({
  auth: "project",
  action: "project:read",
  schemas: { query: ZTraceListExportFormatQuery, body: ZTraceListExportSelection },
  handler: ({ project, query, body }) =>
    exportTraceSelection({ projectId: project.id, traceIds: body.traceIds, format: query.format }),
});
