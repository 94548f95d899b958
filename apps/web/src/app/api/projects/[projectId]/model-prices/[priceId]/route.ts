// PUT    /api/projects/{projectId}/model-prices/{priceId} — replace a price (owners and admins).
// DELETE /api/projects/{projectId}/model-prices/{priceId} — remove it (owners and admins).
import { ZModelPriceIdParam, ZModelPriceInput } from "@spanlight/core";
import { changeProjectModelPrice, removeProjectModelPrice } from "@/features/model-prices/server/model-price-service";
import { withRoute } from "@/lib/http/with-route";

export const PUT = withRoute({
  auth: "project",
  action: "project:manage",
  schemas: { body: ZModelPriceInput, params: ZModelPriceIdParam },
  handler: ({ project, params, body }) => changeProjectModelPrice(project.id, params.priceId, body),
});

export const DELETE = withRoute({
  auth: "project",
  action: "project:manage",
  schemas: { params: ZModelPriceIdParam },
  handler: ({ project, params }) => removeProjectModelPrice(project.id, params.priceId),
});
