// GET  /api/projects/{projectId}/model-prices — the project's own prices and the built-in table (members).
// POST /api/projects/{projectId}/model-prices — add a price (owners and admins).
import { ZModelPriceInput } from "@spanlight/core";
import { addProjectModelPrice, listProjectModelPrices } from "@/features/model-prices/server/model-price-service";
import { withRoute } from "@/lib/http/with-route";

export const GET = withRoute({
  auth: "project",
  action: "project:read",
  handler: ({ project }) => listProjectModelPrices(project.id),
});

export const POST = withRoute({
  auth: "project",
  action: "project:manage",
  schemas: { body: ZModelPriceInput },
  handler: ({ project, body }) => addProjectModelPrice(project.id, body),
});
