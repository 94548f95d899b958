// /api/public/datasets/{name}/runs/compare?runs=a,b — 2 to 4 runs side by side per dataset item. Auth: the project's secret key.
import { ZCompareRunsQuery, ZDatasetNameParam } from "@spanlight/core";
import { compareDatasetRuns } from "@spanlight/db";
import { withRoute } from "@/lib/http/with-route";

export const GET = withRoute({
  auth: "apiKey",
  schemas: { params: ZDatasetNameParam, query: ZCompareRunsQuery },
  handler: ({ principal, params, query }) =>
    compareDatasetRuns({ projectId: principal.projectId, datasetName: params.name, runNames: query.runs }),
});
