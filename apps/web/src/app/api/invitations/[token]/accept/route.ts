// POST /api/invitations/:token/accept — joins the project: as the signed-in account (empty body), or
// signed out with { name, password }, which makes the invited email's account and signs it in.
import { ZAcceptInvitation, ZInvitationTokenParams } from "@/features/members/contracts";
import { acceptProjectInvitation } from "@/features/members/server/accept-project-invitation";
import { getSessionUser } from "@/lib/auth/session";
import { withRoute } from "@/lib/http/with-route";

export const POST = withRoute({
  auth: "none",
  schemas: { params: ZInvitationTokenParams, body: ZAcceptInvitation },
  handler: async ({ request, params, body }) =>
    acceptProjectInvitation({
      token: params.token,
      user: await getSessionUser(request.headers),
      input: body,
      requestHeaders: request.headers,
    }),
});
