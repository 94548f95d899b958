// GET /api/projects/:projectId/members — who is in the project (any member).
// POST — invites an email with a role (owners and admins; only owners grant OWNER): 201 with a pending
// invitation and its link, the same answer whether or not the email has an account.
import { ZInviteMember } from "@/features/members/contracts";
import { inviteMember } from "@/features/members/server/invite-member";
import { listProjectMembers } from "@/features/members/server/list-project-members";
import { ZProjectParams } from "@/features/projects/contracts";
import { withRoute } from "@/lib/http/with-route";

export const GET = withRoute({
  auth: "project",
  action: "project:read",
  schemas: { params: ZProjectParams },
  handler: async ({ project }) => ({ members: await listProjectMembers(project.id) }),
});

export const POST = withRoute({
  auth: "project",
  action: "members:manage",
  schemas: { params: ZProjectParams, body: ZInviteMember },
  handler: async ({ project, user, body }) => {
    const created = await inviteMember({
      projectId: project.id,
      actorRole: project.role,
      actorUserId: user.id,
      ...body,
    });
    return Response.json(created, { status: 201 });
  },
});
