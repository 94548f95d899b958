// /api/public/datasets/{name}/export — the items as a jsonl/csv/openai/dspy file, streamed from a database cursor. Auth: the project's secret key.
import { ZDatasetExportQuery, ZDatasetNameParam } from "@spanlight/core";
import { exportDataset } from "@/features/datasets/server/export-dataset";
import { withRoute } from "@/lib/http/with-route";

export const GET = withRoute({
  auth: "apiKey",
  schemas: { params: ZDatasetNameParam, query: ZDatasetExportQuery },
  handler: ({ principal, params, query }) =>
    exportDataset({ projectId: principal.projectId, name: params.name, query }),
});
