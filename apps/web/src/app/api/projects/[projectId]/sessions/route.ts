// GET /api/projects/{projectId}/sessions — sessions with a trace in the window (as GET /api/public/sessions).
import { ZSessionListQuery } from "@spanlight/core";
import { listProjectSessions } from "@/features/explorer/server/list-project-sessions";
import { withRoute } from "@/lib/http/with-route";

export const GET = withRoute({
  auth: "project",
  action: "project:read",
  schemas: { query: ZSessionListQuery },
  handler: ({ project, query }) => listProjectSessions({ projectId: project.id, query }),
});
