// PATCH /api/projects/:projectId/members/:userId — changes a member's role; DELETE removes them.
// Owners and admins; owning the project (or touching an owner) takes an owner. Both answer 204.
import { ZMemberParams, ZUpdateMemberRole } from "@/features/members/contracts";
import { changeMemberRole } from "@/features/members/server/change-member-role";
import { removeProjectMember } from "@/features/members/server/remove-project-member";
import { withRoute } from "@/lib/http/with-route";

export const PATCH = withRoute({
  auth: "project",
  action: "members:manage",
  schemas: { params: ZMemberParams, body: ZUpdateMemberRole },
  handler: async ({ project, params, body }) => {
    await changeMemberRole({ projectId: project.id, actorRole: project.role, userId: params.userId, role: body.role });
    return null;
  },
});

export const DELETE = withRoute({
  auth: "project",
  action: "members:manage",
  schemas: { params: ZMemberParams },
  handler: async ({ project, params }) => {
    await removeProjectMember({ projectId: project.id, actorRole: project.role, userId: params.userId });
    return null;
  },
});
