// /api/public/optimization-runs — the project's newest optimiser runs (DSPy, Ax), assembled from their spans. Auth: the project's secret key.
import { listOptimizationRuns } from "@/features/optimization-runs/server/load-optimization-runs";
import { withRoute } from "@/lib/http/with-route";

export const GET = withRoute({
  auth: "apiKey",
  handler: async ({ principal }) => ({ data: await listOptimizationRuns({ projectId: principal.projectId }) }),
});
