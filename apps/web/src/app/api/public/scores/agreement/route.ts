// GET /api/public/scores/agreement?name=… — agreement between the raters of one score name
// (Krippendorff's alpha, Cohen's and Fleiss' kappa, percent agreement, disagreements).
// Auth: the project's secret key.
import { ZAgreementQuery } from "@spanlight/core";
import { computeProjectAgreement } from "@/features/agreement/server/compute-project-agreement";
import { withRoute } from "@/lib/http/with-route";

export const GET = withRoute({
  auth: "apiKey",
  schemas: { query: ZAgreementQuery },
  handler: ({ principal, query }) => computeProjectAgreement({ projectId: principal.projectId, query }),
});
