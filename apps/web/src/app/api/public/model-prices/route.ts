// GET  /api/public/model-prices — the key's project prices and the built-in table.
// POST /api/public/model-prices — add a project price. Auth: the project's API key.
import { ZModelPriceInput } from "@spanlight/core";
import { addProjectModelPrice, listProjectModelPrices } from "@/features/model-prices/server/model-price-service";
import { withRoute } from "@/lib/http/with-route";

export const GET = withRoute({
  auth: "apiKey",
  handler: ({ principal }) => listProjectModelPrices(principal.projectId),
});

export const POST = withRoute({
  auth: "apiKey",
  schemas: { body: ZModelPriceInput },
  handler: ({ principal, body }) => addProjectModelPrice(principal.projectId, body),
});
