// GET /api/public/scores/compare?a=<name>&b=<name> — side a (a judge) against side b (people) over
// the targets both scored: accuracy, kappa, confusion matrix, correlations, per author, worst cases.
// Auth: the project's secret key.
import { ZCompareQuery } from "@spanlight/core";
import { compareProjectScores } from "@/features/agreement/server/compare-project-scores";
import { withRoute } from "@/lib/http/with-route";

export const GET = withRoute({
  auth: "apiKey",
  schemas: { query: ZCompareQuery },
  handler: ({ principal, query }) => compareProjectScores({ projectId: principal.projectId, query }),
});
