// GET /api/projects/{projectId}/users/{userId} — an end-user over all time and a page of their traces.
import { ZUserDetailQuery, ZUserIdParam } from "@spanlight/core";
import { getProjectUser } from "@/features/explorer/server/get-project-user";
import { withRoute } from "@/lib/http/with-route";

export const GET = withRoute({
  auth: "project",
  action: "project:read",
  schemas: { params: ZUserIdParam, query: ZUserDetailQuery },
  handler: ({ project, params, query }) => getProjectUser({ projectId: project.id, userId: params.userId, query }),
});
