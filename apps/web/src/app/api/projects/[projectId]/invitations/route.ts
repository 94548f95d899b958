// GET /api/projects/:projectId/invitations — open invitations (pending or expired), for owners and admins.
import { listProjectInvitations } from "@/features/members/server/list-project-invitations";
import { ZProjectParams } from "@/features/projects/contracts";
import { withRoute } from "@/lib/http/with-route";

export const GET = withRoute({
  auth: "project",
  action: "members:manage",
  schemas: { params: ZProjectParams },
  handler: async ({ project }) => ({ invitations: await listProjectInvitations(project.id) }),
});
