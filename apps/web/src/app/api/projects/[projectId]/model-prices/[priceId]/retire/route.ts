// POST /api/projects/{projectId}/model-prices/{priceId}/retire — end a price's period (owners and admins).
import { ZModelPriceIdParam, ZRetireModelPrice } from "@spanlight/core";
import { retireProjectModelPrice } from "@/features/model-prices/server/model-price-service";
import { withRoute } from "@/lib/http/with-route";

export const POST = withRoute({
  auth: "project",
  action: "project:manage",
  schemas: { body: ZRetireModelPrice, params: ZModelPriceIdParam },
  handler: ({ project, params, body }) => retireProjectModelPrice(project.id, params.priceId, body),
});
