// POST /api/public/model-prices/{priceId}/retire — end a price's period (now unless `retiredAt`).
// Auth: the project's API key.
import { ZModelPriceIdParam, ZRetireModelPrice } from "@spanlight/core";
import { retireProjectModelPrice } from "@/features/model-prices/server/model-price-service";
import { withRoute } from "@/lib/http/with-route";

export const POST = withRoute({
  auth: "apiKey",
  schemas: { body: ZRetireModelPrice, params: ZModelPriceIdParam },
  handler: ({ principal, params, body }) => retireProjectModelPrice(principal.projectId, params.priceId, body),
});
