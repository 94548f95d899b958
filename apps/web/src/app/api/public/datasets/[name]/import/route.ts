// /api/public/datasets/{name}/import — a jsonl/csv (or openai/dspy) file as the body, streamed, all or nothing → {added, version}. Auth: the project's secret key.
import { ZDatasetImportQuery, ZDatasetNameParam } from "@spanlight/core";
import { importDataset } from "@/features/datasets/server/import-dataset";
import { withRoute } from "@/lib/http/with-route";

export const POST = withRoute({
  auth: "apiKey",
  schemas: { params: ZDatasetNameParam, query: ZDatasetImportQuery },
  handler: ({ principal, params, query, request }) =>
    importDataset({ projectId: principal.projectId, name: params.name, query, body: request.body }),
});
