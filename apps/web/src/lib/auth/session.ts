import "server-only";
import { headers as nextHeaders } from "next/headers";
import { redirect } from "next/navigation";
import { getAuth } from "./auth";

export type TSessionUser = { id: string; email: string; name: string };

export async function getSessionUser(headers: Headers): Promise<TSessionUser | null> {
  const session = await getAuth().api.getSession({ headers });
  if (!session) return null;
  return { id: session.user.id, email: session.user.email, name: session.user.name };
}

/** For server components: the signed-in user, or a redirect to the sign-in page. */
export async function requirePageUser(): Promise<TSessionUser> {
  const user = await getSessionUser(await nextHeaders());
  if (!user) redirect("/sign-in");
  return user;
}
