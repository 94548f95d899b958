// /api/public/datasets/{name}/items/from-traces — items from traces (ids or the trace list's filter) → {added, skipped, version}; a source span already in the dataset is skipped. Auth: the project's secret key.
import { ZDatasetFromTraces, ZDatasetNameParam } from "@spanlight/core";
import { addItemsFromTraces } from "@/features/datasets/server/add-items-from-traces";
import { withRoute } from "@/lib/http/with-route";

export const POST = withRoute({
  auth: "apiKey",
  schemas: { params: ZDatasetNameParam, body: ZDatasetFromTraces },
  handler: ({ principal, params, body }) =>
    addItemsFromTraces({ projectId: principal.projectId, name: params.name, body }),
});
