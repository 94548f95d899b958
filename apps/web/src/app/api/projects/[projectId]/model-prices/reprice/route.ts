// GET  /api/projects/{projectId}/model-prices/reprice — the latest reprice jobs (members).
// POST /api/projects/{projectId}/model-prices/reprice — start one for a range (owners and admins).
import { ZRepriceRequest } from "@spanlight/core";
import { listRecentReprices, startReprice } from "@/features/model-prices/server/reprice-service";
import { withRoute } from "@/lib/http/with-route";

export const GET = withRoute({
  auth: "project",
  action: "project:read",
  handler: ({ project }) => listRecentReprices(project.id),
});

export const POST = withRoute({
  auth: "project",
  action: "project:manage",
  schemas: { body: ZRepriceRequest },
  handler: ({ project, body }) => startReprice(project.id, body),
});
