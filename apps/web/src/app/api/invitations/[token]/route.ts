// GET /api/invitations/:token — what the link leads to (project, email, role, status); the token is the credential.
import { ZInvitationTokenParams } from "@/features/members/contracts";
import { previewInvitation } from "@/features/members/server/preview-invitation";
import { withRoute } from "@/lib/http/with-route";

export const GET = withRoute({
  auth: "none",
  schemas: { params: ZInvitationTokenParams },
  handler: async ({ params }) => ({ invitation: await previewInvitation(params.token) }),
});
