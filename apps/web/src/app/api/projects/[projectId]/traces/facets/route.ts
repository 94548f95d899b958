// GET /api/projects/{projectId}/traces/facets — the values the trace-list filters can match (names,
// users, sessions, tags, environments, releases, models) with their trace counts, over the window.
import { ZTraceFacetsQuery } from "@spanlight/core";
import { listTraceFacets } from "@spanlight/db";
import { withRoute } from "@/lib/http/with-route";

export const GET = withRoute({
  auth: "project",
  action: "project:read",
  schemas: { query: ZTraceFacetsQuery },
  handler: ({ project, query }) => listTraceFacets({ projectId: project.id, query }),
});
