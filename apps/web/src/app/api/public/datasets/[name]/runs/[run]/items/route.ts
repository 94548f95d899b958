// /api/public/datasets/{name}/runs/{run}/items — POST links a dataset item to the trace the pipeline produced (404 for an unknown item, trace or span). Auth: the project's secret key.
import { ZCreateDatasetRunItem, ZDatasetRunParams } from "@spanlight/core";
import { upsertDatasetRunItem } from "@spanlight/db";
import { withRoute } from "@/lib/http/with-route";

export const POST = withRoute({
  auth: "apiKey",
  schemas: { params: ZDatasetRunParams, body: ZCreateDatasetRunItem },
  handler: ({ principal, params, body }) =>
    upsertDatasetRunItem({ projectId: principal.projectId, datasetName: params.name, runName: params.run, item: body }),
});
