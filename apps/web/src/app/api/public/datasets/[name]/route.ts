// /api/public/datasets/{name} — one dataset by name (404 when there is none). Auth: the project's secret key.
import { ZDatasetNameParam } from "@spanlight/core";
import { findDataset } from "@spanlight/db";
import { withRoute } from "@/lib/http/with-route";

export const GET = withRoute({
  auth: "apiKey",
  schemas: { params: ZDatasetNameParam },
  handler: ({ principal, params }) => findDataset({ projectId: principal.projectId, name: params.name }),
});
