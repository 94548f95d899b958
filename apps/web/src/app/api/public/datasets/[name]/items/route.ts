// /api/public/datasets/{name}/items — a page of items as of a version; POST adds an item or edits it (an existing id): a new version. Auth: the project's secret key.
import { ZCreateDatasetItem, ZDatasetItemsQuery, ZDatasetNameParam } from "@spanlight/core";
import { listDatasetItems } from "@spanlight/db";
import { upsertDatasetItem } from "@/features/datasets/server/upsert-dataset-item";
import { withRoute } from "@/lib/http/with-route";

export const GET = withRoute({
  auth: "apiKey",
  schemas: { params: ZDatasetNameParam, query: ZDatasetItemsQuery },
  handler: ({ principal, params, query }) =>
    listDatasetItems({ projectId: principal.projectId, name: params.name, query }),
});

export const POST = withRoute({
  auth: "apiKey",
  schemas: { params: ZDatasetNameParam, body: ZCreateDatasetItem },
  handler: ({ principal, params, body }) =>
    upsertDatasetItem({ projectId: principal.projectId, name: params.name, item: body }),
});
