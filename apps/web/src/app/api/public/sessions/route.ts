// GET /api/public/sessions — a page of the sessions with a trace in the time window, rolled up.
// Auth: the project's API key.
import { ZSessionListQuery } from "@spanlight/core";
import { listProjectSessions } from "@/features/explorer/server/list-project-sessions";
import { withRoute } from "@/lib/http/with-route";

export const GET = withRoute({
  auth: "apiKey",
  schemas: { query: ZSessionListQuery },
  handler: ({ principal, query }) => listProjectSessions({ projectId: principal.projectId, query }),
});
