// GET /api/public/traces — a page of the project's traces (filters, sort and cursor as query params).
// Auth: the project's API key. Newest first over the last 24 hours unless told otherwise.
import { ZTraceListQuery } from "@spanlight/core";
import { listProjectTraces } from "@/features/explorer/server/list-project-traces";
import { withRoute } from "@/lib/http/with-route";

export const GET = withRoute({
  auth: "apiKey",
  schemas: { query: ZTraceListQuery },
  handler: ({ principal, query }) => listProjectTraces({ projectId: principal.projectId, query }),
});
