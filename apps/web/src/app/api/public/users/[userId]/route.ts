// GET /api/public/users/{userId} — an end-user over all time and a page of their traces (limit, cursor).
// Auth: the project's API key; a user id no trace carries is a 404.
import { ZUserDetailQuery, ZUserIdParam } from "@spanlight/core";
import { getProjectUser } from "@/features/explorer/server/get-project-user";
import { withRoute } from "@/lib/http/with-route";

export const GET = withRoute({
  auth: "apiKey",
  schemas: { params: ZUserIdParam, query: ZUserDetailQuery },
  handler: ({ principal, params, query }) =>
    getProjectUser({ projectId: principal.projectId, userId: params.userId, query }),
});
