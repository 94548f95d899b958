// /api/projects/{projectId}/datasets/{name}/items — a page of items as of a version; POST adds an item or edits it (an existing id): a new version. Auth: a signed-in member; viewers read only.
import { ZCreateDatasetItem, ZDatasetItemsQuery, ZDatasetNameParam } from "@spanlight/core";
import { listDatasetItems } from "@spanlight/db";
import { upsertDatasetItem } from "@/features/datasets/server/upsert-dataset-item";
import { withRoute } from "@/lib/http/with-route";

export const GET = withRoute({
  auth: "project",
  action: "project:read",
  schemas: { params: ZDatasetNameParam, query: ZDatasetItemsQuery },
  handler: ({ project, params, query }) => listDatasetItems({ projectId: project.id, name: params.name, query }),
});

export const POST = withRoute({
  auth: "project",
  action: "project:write",
  schemas: { params: ZDatasetNameParam, body: ZCreateDatasetItem },
  handler: ({ project, params, body }) => upsertDatasetItem({ projectId: project.id, name: params.name, item: body }),
});
