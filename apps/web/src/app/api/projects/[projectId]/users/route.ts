// GET /api/projects/{projectId}/users — end-users with a trace in the window (as GET /api/public/users).
import { ZUserListQuery } from "@spanlight/core";
import { listProjectUsers } from "@/features/explorer/server/list-project-users";
import { withRoute } from "@/lib/http/with-route";

export const GET = withRoute({
  auth: "project",
  action: "project:read",
  schemas: { query: ZUserListQuery },
  handler: ({ project, query }) => listProjectUsers({ projectId: project.id, query }),
});
