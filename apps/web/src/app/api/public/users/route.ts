// GET /api/public/users — a page of the end-users (trace user ids) with a trace in the time window.
// Auth: the project's API key.
import { ZUserListQuery } from "@spanlight/core";
import { listProjectUsers } from "@/features/explorer/server/list-project-users";
import { withRoute } from "@/lib/http/with-route";

export const GET = withRoute({
  auth: "apiKey",
  schemas: { query: ZUserListQuery },
  handler: ({ principal, query }) => listProjectUsers({ projectId: principal.projectId, query }),
});
