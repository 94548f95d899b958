// DELETE /api/projects/:projectId/invitations/:invitationId — revokes an open invitation (owners and admins); 204.
import { ZInvitationParams } from "@/features/members/contracts";
import { revokeProjectInvitation } from "@/features/members/server/revoke-project-invitation";
import { withRoute } from "@/lib/http/with-route";

export const DELETE = withRoute({
  auth: "project",
  action: "members:manage",
  schemas: { params: ZInvitationParams },
  handler: async ({ project, params }) => {
    await revokeProjectInvitation({ projectId: project.id, invitationId: params.invitationId });
    return null;
  },
});
