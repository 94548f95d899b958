// GET /api/public/traces/{traceId} — the trace rollup and all its spans in the canonical shape.
// DELETE /api/public/traces/{traceId} — deletes the trace and all its spans; 204.
// Auth: the project's API key (Basic pk:sk or Bearer sk); another project's trace is a 404.
import { NotFoundError, ZTraceIdParam } from "@spanlight/core";
import { getTraceDetail } from "@spanlight/db";
import { deleteProjectTrace } from "@/features/explorer/server/delete-project-traces";
import { withRoute } from "@/lib/http/with-route";

export const GET = withRoute({
  auth: "apiKey",
  schemas: { params: ZTraceIdParam },
  handler: async ({ principal, params }) => {
    const trace = await getTraceDetail({ projectId: principal.projectId, traceId: params.traceId });
    if (!trace) throw new NotFoundError(`No trace ${params.traceId} in this project`);
    return trace;
  },
});

export const DELETE = withRoute({
  auth: "apiKey",
  schemas: { params: ZTraceIdParam },
  handler: ({ principal, params }) => deleteProjectTrace({ projectId: principal.projectId, traceId: params.traceId }),
});
