// /api/public/datasets/{name}/versions — every version, oldest first. Auth: the project's secret key.
import { ZDatasetNameParam } from "@spanlight/core";
import { listDatasetVersions } from "@spanlight/db";
import { withRoute } from "@/lib/http/with-route";

export const GET = withRoute({
  auth: "apiKey",
  schemas: { params: ZDatasetNameParam },
  handler: ({ principal, params }) => listDatasetVersions({ projectId: principal.projectId, name: params.name }),
});
