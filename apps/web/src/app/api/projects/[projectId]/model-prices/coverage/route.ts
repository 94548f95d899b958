// GET /api/projects/{projectId}/model-prices/coverage — how many spans each project price costed (members).
import { getModelPriceCoverage } from "@/features/model-prices/server/model-price-service";
import { withRoute } from "@/lib/http/with-route";

export const GET = withRoute({
  auth: "project",
  action: "project:read",
  handler: ({ project }) => getModelPriceCoverage(project.id),
});
