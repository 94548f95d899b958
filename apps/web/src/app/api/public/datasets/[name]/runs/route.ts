// /api/public/datasets/{name}/runs — the dataset's runs with items, errors, latency, cost, score means and metrics; POST starts a run over a dataset version. Auth: the project's secret key.
import { ZCreateDatasetRun, ZDatasetNameParam } from "@spanlight/core";
import { createDatasetRun } from "@spanlight/db";
import { listDatasetRuns } from "@/features/experiments/server/list-dataset-runs";
import { withRoute } from "@/lib/http/with-route";

export const GET = withRoute({
  auth: "apiKey",
  schemas: { params: ZDatasetNameParam },
  handler: async ({ principal, params }) => ({
    data: await listDatasetRuns({ projectId: principal.projectId, datasetName: params.name }),
  }),
});

export const POST = withRoute({
  auth: "apiKey",
  schemas: { params: ZDatasetNameParam, body: ZCreateDatasetRun },
  handler: async ({ principal, params, body }) => {
    const run = await createDatasetRun({ projectId: principal.projectId, datasetName: params.name, run: body });
    return Response.json(run, { status: 201 });
  },
});
