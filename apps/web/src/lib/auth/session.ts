import "server-only";
import { headers as nextHeaders } from "next/headers";
import { redirect } from "next/navigation";
import { getAuth } from "./auth";

export type TSessionUser = { id: string; email: string; name: string; mustChangePassword: boolean };

export async function getSessionUser(headers: Headers): Promise<TSessionUser | null> {
  const session = await getAuth().api.getSession({ headers });
  if (!session) return null;
  const { id, email, name, mustChangePassword } = session.user;
  return { id, email, name, mustChangePassword: mustChangePassword === true };
}

export const CHANGE_PASSWORD_PATH = "/account/password";

/**
 * For server components: the signed-in user, or a redirect to the sign-in page. Someone still on a
 * generated password is sent to change it first (`isPasswordChangePage` is that page itself).
 */
export async function requirePageUser(options: { isPasswordChangePage?: boolean } = {}): Promise<TSessionUser> {
  const user = await getSessionUser(await nextHeaders());
  if (!user) redirect("/sign-in");
  if (user.mustChangePassword && !options.isPasswordChangePage) redirect(CHANGE_PASSWORD_PATH);
  return user;
}
