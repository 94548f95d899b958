// /api/public/datasets/{name}/items/{itemId} — one item with its lineage (as of ?version); DELETE archives it (a new version). Auth: the project's secret key.
import { ZDatasetItemParams, ZDatasetItemQuery } from "@spanlight/core";
import { archiveDatasetItem, getDatasetItem } from "@spanlight/db";
import { withRoute } from "@/lib/http/with-route";

export const GET = withRoute({
  auth: "apiKey",
  schemas: { params: ZDatasetItemParams, query: ZDatasetItemQuery },
  handler: ({ principal, params, query }) =>
    getDatasetItem({
      projectId: principal.projectId,
      name: params.name,
      itemId: params.itemId,
      version: query.version,
    }),
});

export const DELETE = withRoute({
  auth: "apiKey",
  schemas: { params: ZDatasetItemParams },
  handler: ({ principal, params }) =>
    archiveDatasetItem({ projectId: principal.projectId, name: params.name, itemId: params.itemId }),
});
