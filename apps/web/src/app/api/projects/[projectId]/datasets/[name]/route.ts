// /api/projects/{projectId}/datasets/{name} — one dataset by name (404 when there is none). Auth: a signed-in member; viewers read only.
import { ZDatasetNameParam } from "@spanlight/core";
import { findDataset } from "@spanlight/db";
import { withRoute } from "@/lib/http/with-route";

export const GET = withRoute({
  auth: "project",
  action: "project:read",
  schemas: { params: ZDatasetNameParam },
  handler: ({ project, params }) => findDataset({ projectId: project.id, name: params.name }),
});
