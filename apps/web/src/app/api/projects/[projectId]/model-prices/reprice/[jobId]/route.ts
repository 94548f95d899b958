// GET    /api/projects/{projectId}/model-prices/reprice/{jobId} — a job's progress (members).
// DELETE /api/projects/{projectId}/model-prices/reprice/{jobId} — cancel it (owners and admins).
import { ZRepriceJobParam } from "@spanlight/core";
import { cancelReprice, getRepriceProgress } from "@/features/model-prices/server/reprice-service";
import { withRoute } from "@/lib/http/with-route";

export const GET = withRoute({
  auth: "project",
  action: "project:read",
  schemas: { params: ZRepriceJobParam },
  handler: ({ project, params }) => getRepriceProgress(project.id, params.jobId),
});

export const DELETE = withRoute({
  auth: "project",
  action: "project:manage",
  schemas: { params: ZRepriceJobParam },
  handler: ({ project, params }) => cancelReprice(project.id, params.jobId),
});
