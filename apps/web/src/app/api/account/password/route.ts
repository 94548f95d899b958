// POST /api/account/password — changes the signed-in person's password; clears "must change password"; 204.
import { ZChangePassword } from "@/features/auth/contracts";
import { changePassword } from "@/features/auth/server/change-password";
import { withRoute } from "@/lib/http/with-route";

export const POST = withRoute({
  auth: "session",
  schemas: { body: ZChangePassword },
  handler: async ({ request, user, body }) => {
    await changePassword({ userId: user.id, input: body, headers: request.headers });
    return null;
  },
});
