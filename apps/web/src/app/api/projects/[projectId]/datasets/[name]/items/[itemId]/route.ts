// /api/projects/{projectId}/datasets/{name}/items/{itemId} — one item with its lineage (as of ?version); DELETE archives it (a new version). Auth: a signed-in member; viewers read only.
import { ZDatasetItemParams, ZDatasetItemQuery } from "@spanlight/core";
import { archiveDatasetItem, getDatasetItem } from "@spanlight/db";
import { withRoute } from "@/lib/http/with-route";

export const GET = withRoute({
  auth: "project",
  action: "project:read",
  schemas: { params: ZDatasetItemParams, query: ZDatasetItemQuery },
  handler: ({ project, params, query }) =>
    getDatasetItem({ projectId: project.id, name: params.name, itemId: params.itemId, version: query.version }),
});

export const DELETE = withRoute({
  auth: "project",
  action: "project:write",
  schemas: { params: ZDatasetItemParams },
  handler: ({ project, params }) =>
    archiveDatasetItem({ projectId: project.id, name: params.name, itemId: params.itemId }),
});
