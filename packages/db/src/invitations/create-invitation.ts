import { ConflictError } from "@spanlight/core";
import type { TProjectRole } from "@spanlight/core";
import { getDb } from "../client.ts";
import { generateInvitationToken, hashInvitationToken } from "./invitation-token.ts";
import { INVITATION_SELECT, toInvitation } from "./to-invitation.ts";
import type { TInvitation } from "./to-invitation.ts";

export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * A pending invitation for an email, whether or not it has an account, so the answer reveals nothing
 * about who is signed up. Inviting the same email again replaces its pending invitation (the old
 * link stops working). The token is returned once; only its hash is stored.
 */
export async function createInvitation(options: {
  projectId: string;
  email: string;
  role: TProjectRole;
  invitedBy: string | null;
  ttlMs?: number;
  now?: Date;
}): Promise<{ invitation: TInvitation; token: string }> {
  const email = options.email.trim().toLowerCase();
  const now = options.now ?? new Date();
  const token = generateInvitationToken();
  const created = await getDb().$transaction(async (tx) => {
    const member = await tx.membership.findFirst({
      where: { projectId: options.projectId, user: { email } },
      select: { role: true },
    });
    if (member) throw new ConflictError("This email is already a member of the project");
    await tx.invitation.updateMany({
      where: { projectId: options.projectId, email, acceptedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
    return tx.invitation.create({
      data: {
        projectId: options.projectId,
        email,
        role: options.role,
        tokenHash: hashInvitationToken(token),
        invitedBy: options.invitedBy,
        createdAt: now,
        expiresAt: new Date(now.getTime() + (options.ttlMs ?? INVITATION_TTL_MS)),
      },
      select: INVITATION_SELECT,
    });
  });
  return { invitation: toInvitation(created, now), token };
}
