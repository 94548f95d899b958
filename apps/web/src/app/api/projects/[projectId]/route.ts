// PATCH /api/projects/:projectId — renames the project (owners and admins); 204.
// DELETE — deletes the project and everything in it (owners only; body { confirmName } = its name); 204.
import { renameProject } from "@spanlight/db";
import { ZDeleteProject, ZProjectParams, ZRenameProject } from "@/features/projects/contracts";
import { deleteProjectAsOwner } from "@/features/projects/server/delete-project-as-owner";
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

export const DELETE = withRoute({
  auth: "project",
  action: "project:delete",
  schemas: { params: ZProjectParams, body: ZDeleteProject },
  handler: async ({ project, body }) => {
    await deleteProjectAsOwner({ project, input: body });
    return null;
  },
});
