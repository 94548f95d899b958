// /api/projects/{projectId}/datasets/{name}/import — a jsonl/csv (or openai/dspy) file as the body, streamed, all or nothing → {added, version}. Auth: a signed-in member; viewers read only.
import { ZDatasetImportQuery, ZDatasetNameParam } from "@spanlight/core";
import { importDataset } from "@/features/datasets/server/import-dataset";
import { withRoute } from "@/lib/http/with-route";

export const POST = withRoute({
  auth: "project",
  action: "project:write",
  schemas: { params: ZDatasetNameParam, query: ZDatasetImportQuery },
  handler: ({ project, params, query, request }) =>
    importDataset({ projectId: project.id, name: params.name, query, body: request.body }),
});
