// GET /api/projects/{projectId}/agreement?name=…[&queueId…] — the agreement view's numbers, the
// same answer as GET /api/public/scores/agreement (any member).
import { ZAgreementQuery } from "@spanlight/core";
import { computeProjectAgreement } from "@/features/agreement/server/compute-project-agreement";
import { withRoute } from "@/lib/http/with-route";

export const GET = withRoute({
  auth: "project",
  action: "project:read",
  schemas: { query: ZAgreementQuery },
  handler: ({ project, query }) => computeProjectAgreement({ projectId: project.id, query }),
});
