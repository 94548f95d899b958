// /api/public/datasets/{name}/diff — added, removed and changed items between two versions. Auth: the project's secret key.
import { ZDatasetDiffQuery, ZDatasetNameParam } from "@spanlight/core";
import { diffDataset } from "@/features/datasets/server/diff-dataset";
import { withRoute } from "@/lib/http/with-route";

export const GET = withRoute({
  auth: "apiKey",
  schemas: { params: ZDatasetNameParam, query: ZDatasetDiffQuery },
  handler: ({ principal, params, query }) =>
    diffDataset({ projectId: principal.projectId, name: params.name, from: query.from, to: query.to }),
});
