// /api/projects/{projectId}/datasets/{name}/items/from-traces — items from traces (ids or the trace list's filter) → {added, skipped, version}; a source span already in the dataset is skipped. Auth: a signed-in member; viewers read only.
import { ZDatasetFromTraces, ZDatasetNameParam } from "@spanlight/core";
import { addItemsFromTraces } from "@/features/datasets/server/add-items-from-traces";
import { withRoute } from "@/lib/http/with-route";

export const POST = withRoute({
  auth: "project",
  action: "project:write",
  schemas: { params: ZDatasetNameParam, body: ZDatasetFromTraces },
  handler: ({ project, params, body }) => addItemsFromTraces({ projectId: project.id, name: params.name, body }),
});
