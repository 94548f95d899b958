// PATCH  /api/projects/{projectId}/scores/{scoreId} — edit your own score's value, comment, correction.
// DELETE /api/projects/{projectId}/scores/{scoreId} — delete your own (owners and admins: any).
import { ZScoreIdParam, ZUpdateScore } from "@spanlight/core";
import { deleteScoreAsMember } from "@/features/scores/server/delete-score";
import { updateOwnScore } from "@/features/scores/server/update-own-score";
import { withRoute } from "@/lib/http/with-route";

export const PATCH = withRoute({
  auth: "project",
  action: "project:write",
  schemas: { params: ZScoreIdParam, body: ZUpdateScore },
  handler: ({ project, user, params, body }) =>
    updateOwnScore({ projectId: project.id, scoreId: params.scoreId, userId: user.id, patch: body }),
});

export const DELETE = withRoute({
  auth: "project",
  action: "project:write",
  schemas: { params: ZScoreIdParam },
  handler: ({ project, user, params }) =>
    deleteScoreAsMember({ projectId: project.id, scoreId: params.scoreId, user: { id: user.id, role: project.role } }),
});
