// PATCH /api/projects/:projectId — renames the project (owners and admins); 204.
import { renameProject } from "@spanlight/db";
import { ZProjectParams, ZRenameProject } from "@/features/projects/contracts";
import { withRoute } from "@/lib/http/with-route";

export const PATCH = withRoute({
  auth: "project",
  action: "project:manage",
  schemas: { params: ZProjectParams, body: ZRenameProject },
  handler: async ({ project, body }) => {
    await renameProject({ projectId: project.id, name: body.name });
    return null;
  },
});
