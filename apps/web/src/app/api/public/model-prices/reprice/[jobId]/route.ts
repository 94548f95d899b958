// GET    /api/public/model-prices/reprice/{jobId} — a reprice job's state and progress.
// DELETE /api/public/model-prices/reprice/{jobId} — cancel it (the batch in flight still commits).
// Auth: the project's API key.
import { ZRepriceJobParam } from "@spanlight/core";
import { cancelReprice, getRepriceProgress } from "@/features/model-prices/server/reprice-service";
import { withRoute } from "@/lib/http/with-route";

export const GET = withRoute({
  auth: "apiKey",
  schemas: { params: ZRepriceJobParam },
  handler: ({ principal, params }) => getRepriceProgress(principal.projectId, params.jobId),
});

export const DELETE = withRoute({
  auth: "apiKey",
  schemas: { params: ZRepriceJobParam },
  handler: ({ principal, params }) => cancelReprice(principal.projectId, params.jobId),
});
