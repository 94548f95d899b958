// GET /api/public/traces/{traceId} — the trace rollup and all its spans in the canonical shape.
// DELETE /api/public/traces/{traceId} — deletes the trace and all its spans; 204.
// Auth: the project's API key (Basic pk:sk or Bearer sk); another project's trace is a 404.
// Streamed: a 100,000-span trace is written a few hundred spans at a time, never whole in memory.
import { NotFoundError, ZTraceIdParam } from "@spanlight/core";
import { streamTraceDetail } from "@spanlight/db";
import { deleteProjectTrace } from "@/features/explorer/server/delete-project-traces";
import { withRoute } from "@/lib/http/with-route";

export const GET = withRoute({
  auth: "apiKey",
  schemas: { params: ZTraceIdParam },
  handler: async ({ principal, params }) => {
    const stream = await streamTraceDetail({ projectId: principal.projectId, traceId: params.traceId });
    if (!stream) throw new NotFoundError(`No trace ${params.traceId} in this project`);
    return new Response(stream.pipeThrough(new TextEncoderStream()), {
      headers: { "content-type": "application/json", "cache-control": "no-store" },
    });
  },
});

export const DELETE = withRoute({
  auth: "apiKey",
  schemas: { params: ZTraceIdParam },
  handler: ({ principal, params }) => deleteProjectTrace({ projectId: principal.projectId, traceId: params.traceId }),
});
