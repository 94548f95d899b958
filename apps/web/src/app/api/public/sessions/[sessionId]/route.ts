// GET /api/public/sessions/{sessionId} — the session over all its traces, its traces in start order
// and the same traces as conversation turns. Auth: the project's API key; unknown session is a 404.
import { ZSessionIdParam } from "@spanlight/core";
import { getProjectSession } from "@/features/explorer/server/get-project-session";
import { withRoute } from "@/lib/http/with-route";

export const GET = withRoute({
  auth: "apiKey",
  schemas: { params: ZSessionIdParam },
  handler: ({ principal, params }) =>
    getProjectSession({ projectId: principal.projectId, sessionId: params.sessionId }),
});
