// POST /api/public/model-prices/reprice — recompute the cost of past spans in a range as a background
// job; answers { jobId }. Auth: the project's API key.
import { ZRepriceRequest } from "@spanlight/core";
import { startReprice } from "@/features/model-prices/server/reprice-service";
import { withRoute } from "@/lib/http/with-route";

export const POST = withRoute({
  auth: "apiKey",
  schemas: { body: ZRepriceRequest },
  handler: ({ principal, body }) => startReprice(principal.projectId, body),
});
