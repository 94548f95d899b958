// /api/public/datasets/{name}/runs/{run}/evaluate — POST scores the run's items with built-in metrics (EVAL scores, replaced on re-evaluation). Auth: the project's secret key.
import { ZDatasetRunParams, ZEvaluateDatasetRun } from "@spanlight/core";
import { evaluateDatasetRun } from "@/features/experiments/server/evaluate-dataset-run";
import { withRoute } from "@/lib/http/with-route";

export const POST = withRoute({
  auth: "apiKey",
  schemas: { params: ZDatasetRunParams, body: ZEvaluateDatasetRun },
  handler: ({ principal, params, body }) =>
    evaluateDatasetRun({
      projectId: principal.projectId,
      datasetName: params.name,
      runName: params.run,
      request: body,
    }),
});
