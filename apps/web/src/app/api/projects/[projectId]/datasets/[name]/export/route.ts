// /api/projects/{projectId}/datasets/{name}/export — the items as a jsonl/csv/openai/dspy file, streamed from a database cursor. Auth: a signed-in member; viewers read only.
import { ZDatasetExportQuery, ZDatasetNameParam } from "@spanlight/core";
import { exportDataset } from "@/features/datasets/server/export-dataset";
import { withRoute } from "@/lib/http/with-route";

export const GET = withRoute({
  auth: "project",
  action: "project:read",
  schemas: { params: ZDatasetNameParam, query: ZDatasetExportQuery },
  handler: ({ project, params, query }) => exportDataset({ projectId: project.id, name: params.name, query }),
});
