import { getDb } from "../client.ts";
import { hashInvitationToken } from "./invitation-token.ts";
import { INVITATION_SELECT, toInvitation } from "./to-invitation.ts";
import type { TInvitation } from "./to-invitation.ts";

export type TInvitationByToken = TInvitation & { projectName: string; hasAccount: boolean };

/**
 * What an invitation link leads to. `hasAccount` is told only to the holder of the link (the
 * invited person), so the page can offer sign-in instead of sign-up.
 */
export async function findInvitationByToken(options: {
  token: string;
  now?: Date;
}): Promise<TInvitationByToken | null> {
  const row = await getDb().invitation.findUnique({
    where: { tokenHash: hashInvitationToken(options.token) },
    select: { ...INVITATION_SELECT, project: { select: { name: true } } },
  });
  if (!row) return null;
  const user = await getDb().user.findUnique({ where: { email: row.email }, select: { id: true } });
  return { ...toInvitation(row, options.now ?? new Date()), projectName: row.project.name, hasAccount: user !== null };
}
