// /api/public/optimization-runs/{runId} — one optimiser run with its trials in order and its candidates (404 when no span names it). Auth: the project's secret key.
import { ZOptimizationRunIdParam } from "@spanlight/core";
import { getOptimizationRun } from "@/features/optimization-runs/server/load-optimization-runs";
import { withRoute } from "@/lib/http/with-route";

export const GET = withRoute({
  auth: "apiKey",
  schemas: { params: ZOptimizationRunIdParam },
  handler: ({ principal, params }) => getOptimizationRun({ projectId: principal.projectId, runId: params.runId }),
});
