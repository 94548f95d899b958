// /api/projects/{projectId}/datasets/{name}/versions — every version, oldest first. Auth: a signed-in member; viewers read only.
import { ZDatasetNameParam } from "@spanlight/core";
import { listDatasetVersions } from "@spanlight/db";
import { withRoute } from "@/lib/http/with-route";

export const GET = withRoute({
  auth: "project",
  action: "project:read",
  schemas: { params: ZDatasetNameParam },
  handler: ({ project, params }) => listDatasetVersions({ projectId: project.id, name: params.name }),
});
