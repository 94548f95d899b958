import "server-only";
import { BadRequestError } from "@spanlight/core";
import { acceptInvitation } from "@spanlight/db";
import { hashPassword } from "better-auth/crypto";
import { getAuth } from "@/lib/auth/auth";
import type { TSessionUser } from "@/lib/auth/session";
import type { TAcceptInvitation } from "../contracts";

/**
 * Accepts an invitation as the signed-in person, or makes the invited email's account from a name
 * and password and signs it in (the answer carries the session cookie). Sign-up being closed does
 * not apply: the link is the invitation.
 */
export async function acceptProjectInvitation(options: {
  token: string;
  user: TSessionUser | null;
  input: TAcceptInvitation;
  requestHeaders: Headers;
}): Promise<Response> {
  const { token, user, input } = options;
  if (user) {
    const accepted = await acceptInvitation({ token, by: { kind: "existingUser", userId: user.id } });
    return Response.json({ projectId: accepted.projectId, role: accepted.role });
  }
  if (!input.name || !input.password)
    throw new BadRequestError("Enter your name and a password to create your account");
  const accepted = await acceptInvitation({
    token,
    by: { kind: "newUser", name: input.name, passwordHash: await hashPassword(input.password) },
  });
  const signedIn = await getAuth().api.signInEmail({
    body: { email: accepted.email, password: input.password },
    headers: options.requestHeaders,
    asResponse: true,
  });
  const response = Response.json({ projectId: accepted.projectId, role: accepted.role });
  for (const cookie of signedIn.headers.getSetCookie()) response.headers.append("set-cookie", cookie);
  return response;
}
