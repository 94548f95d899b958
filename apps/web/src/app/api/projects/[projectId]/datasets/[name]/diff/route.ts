// /api/projects/{projectId}/datasets/{name}/diff — added, removed and changed items between two versions. Auth: a signed-in member; viewers read only.
import { ZDatasetDiffQuery, ZDatasetNameParam } from "@spanlight/core";
import { diffDataset } from "@/features/datasets/server/diff-dataset";
import { withRoute } from "@/lib/http/with-route";

export const GET = withRoute({
  auth: "project",
  action: "project:read",
  schemas: { params: ZDatasetNameParam, query: ZDatasetDiffQuery },
  handler: ({ project, params, query }) =>
    diffDataset({ projectId: project.id, name: params.name, from: query.from, to: query.to }),
});
