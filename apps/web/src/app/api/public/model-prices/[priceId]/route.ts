// PUT    /api/public/model-prices/{priceId} — replace a project price.
// DELETE /api/public/model-prices/{priceId} — remove it. Auth: the project's API key.
import { ZModelPriceIdParam, ZModelPriceInput } from "@spanlight/core";
import { changeProjectModelPrice, removeProjectModelPrice } from "@/features/model-prices/server/model-price-service";
import { withRoute } from "@/lib/http/with-route";

export const PUT = withRoute({
  auth: "apiKey",
  schemas: { body: ZModelPriceInput, params: ZModelPriceIdParam },
  handler: ({ principal, params, body }) => changeProjectModelPrice(principal.projectId, params.priceId, body),
});

export const DELETE = withRoute({
  auth: "apiKey",
  schemas: { params: ZModelPriceIdParam },
  handler: ({ principal, params }) => removeProjectModelPrice(principal.projectId, params.priceId),
});
