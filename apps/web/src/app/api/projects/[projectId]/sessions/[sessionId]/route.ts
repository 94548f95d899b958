// GET /api/projects/{projectId}/sessions/{sessionId} — the session, its traces and conversation turns.
import { ZSessionIdParam } from "@spanlight/core";
import { getProjectSession } from "@/features/explorer/server/get-project-session";
import { withRoute } from "@/lib/http/with-route";

export const GET = withRoute({
  auth: "project",
  action: "project:read",
  schemas: { params: ZSessionIdParam },
  handler: ({ project, params }) => getProjectSession({ projectId: project.id, sessionId: params.sessionId }),
});
