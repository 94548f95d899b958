// GET /api/projects/{projectId}/scores/stats — the Scores page's charts: names in the window, and one
// name's distribution and trend (members).
import { ZScoreStatsQuery } from "@spanlight/core";
import { getScoreStats } from "@spanlight/db";
import { withRoute } from "@/lib/http/with-route";

export const GET = withRoute({
  auth: "project",
  action: "project:read",
  schemas: { query: ZScoreStatsQuery },
  handler: ({ project, query }) => getScoreStats({ projectId: project.id, query }),
});
