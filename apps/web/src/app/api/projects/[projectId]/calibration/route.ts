// GET /api/projects/{projectId}/calibration?a=<judge>&b=<human>… — the judge calibration view: the
// comparison of GET /api/public/scores/compare, the same per day, and the judge's versions.
import { ZCompareQuery } from "@spanlight/core";
import { calibrateProjectJudge } from "@/features/agreement/server/compare-project-scores";
import { withRoute } from "@/lib/http/with-route";

export const GET = withRoute({
  auth: "project",
  action: "project:read",
  schemas: { query: ZCompareQuery },
  handler: ({ project, query }) => calibrateProjectJudge({ projectId: project.id, query }),
});
