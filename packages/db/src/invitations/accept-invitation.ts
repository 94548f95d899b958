import { randomUUID } from "node:crypto";
import { ConflictError, ForbiddenError, GoneError, NotFoundError } from "@spanlight/core";
import type { TProjectRole } from "@spanlight/core";
import { getDb } from "../client.ts";
import { hashInvitationToken } from "./invitation-token.ts";
import { invitationStatus } from "./to-invitation.ts";

type TAcceptedBy = { kind: "existingUser"; userId: string } | { kind: "newUser"; name: string; passwordHash: string };

export type TAcceptedInvitation = { projectId: string; userId: string; email: string; role: TProjectRole };

/**
 * Claims the invitation and makes its person a member, in one transaction: the claim is a
 * conditional update, so two clicks on one link cannot both succeed, and a failure (the email
 * already has an account) leaves the invitation usable. A new person gets an account with the
 * invited email; an existing one must be signed in with that email. An existing member keeps the
 * role they have.
 */
export async function acceptInvitation(options: {
  token: string;
  by: TAcceptedBy;
  now?: Date;
}): Promise<TAcceptedInvitation> {
  const now = options.now ?? new Date();
  const tokenHash = hashInvitationToken(options.token);
  return getDb().$transaction(async (tx) => {
    const claimed = await tx.invitation.updateMany({
      where: { tokenHash, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
      data: { acceptedAt: now },
    });
    const invitation = await tx.invitation.findUnique({
      where: { tokenHash },
      select: { projectId: true, email: true, role: true, expiresAt: true, acceptedAt: true, revokedAt: true },
    });
    if (!invitation) throw new NotFoundError("This invitation link is not valid");
    if (claimed.count === 0) throw unusableInvitation(invitationStatus(invitation, now));

    const userId = await resolveUserId(tx, { by: options.by, email: invitation.email });
    const existing = await tx.membership.findUnique({
      where: { projectId_userId: { projectId: invitation.projectId, userId } },
      select: { role: true },
    });
    if (!existing)
      await tx.membership.create({ data: { projectId: invitation.projectId, userId, role: invitation.role } });
    return {
      projectId: invitation.projectId,
      userId,
      email: invitation.email,
      role: existing?.role ?? invitation.role,
    };
  });
}

type TTx = Parameters<Parameters<ReturnType<typeof getDb>["$transaction"]>[0]>[0];

async function resolveUserId(tx: TTx, options: { by: TAcceptedBy; email: string }): Promise<string> {
  const { by, email } = options;
  switch (by.kind) {
    case "existingUser": {
      const user = await tx.user.findUnique({ where: { id: by.userId }, select: { email: true } });
      if (user?.email !== email)
        throw new ForbiddenError(`This invitation is for ${email}: sign in with that email to accept it`);
      return by.userId;
    }
    case "newUser": {
      if (await tx.user.findUnique({ where: { email }, select: { id: true } })) {
        throw new ConflictError(`${email} already has an account: sign in to accept the invitation`);
      }
      const userId = randomUUID();
      await tx.user.create({
        data: {
          id: userId,
          email,
          name: by.name,
          accounts: {
            create: { id: randomUUID(), accountId: userId, providerId: "credential", password: by.passwordHash },
          },
        },
      });
      return userId;
    }
    default: {
      const exhaustive: never = by;
      return exhaustive;
    }
  }
}

function unusableInvitation(status: "pending" | "expired" | "revoked" | "accepted"): Error {
  switch (status) {
    case "expired":
      return new GoneError("This invitation has expired: ask for a new one");
    case "revoked":
      return new GoneError("This invitation was revoked: ask for a new one");
    case "accepted":
      return new GoneError("This invitation has already been used");
    case "pending":
      // Not claimable yet pending: only a race with a concurrent accept lands here.
      return new ConflictError("This invitation is being accepted: try again");
    default: {
      const exhaustive: never = status;
      return exhaustive;
    }
  }
}
