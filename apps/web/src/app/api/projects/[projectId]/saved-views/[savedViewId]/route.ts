// DELETE /api/projects/{projectId}/saved-views/{savedViewId} — removes a saved view; 204.
import { ZSavedViewIdParam } from "@spanlight/core";
import { deleteProjectSavedView } from "@/features/explorer/server/delete-project-saved-view";
import { withRoute } from "@/lib/http/with-route";

export const DELETE = withRoute({
  auth: "project",
  action: "project:write",
  schemas: { params: ZSavedViewIdParam },
  handler: ({ project, params }) => deleteProjectSavedView({ projectId: project.id, savedViewId: params.savedViewId }),
});
