// GET /api/public/openapi.json — the OpenAPI 3.1 document of /api/public, generated from the zod
// contracts the routes parse with. No auth: it describes the API, it holds no data.
import { getOpenApiDocument } from "@/features/openapi/server/get-openapi-document";
import { withRoute } from "@/lib/http/with-route";

export const GET = withRoute({
  auth: "none",
  handler: async ({ request }) => getOpenApiDocument({ origin: new URL(request.url).origin }),
});
