import { getDb } from "../client.ts";
import { INVITATION_SELECT, toInvitation } from "./to-invitation.ts";
import type { TInvitation } from "./to-invitation.ts";

/** Invitations not yet accepted or revoked, expired ones included so Members can say they lapsed. */
export async function listOpenInvitations(options: { projectId: string; now?: Date }): Promise<TInvitation[]> {
  const rows = await getDb().invitation.findMany({
    where: { projectId: options.projectId, acceptedAt: null, revokedAt: null },
    select: INVITATION_SELECT,
    orderBy: { createdAt: "desc" },
  });
  const now = options.now ?? new Date();
  return rows.map((row) => toInvitation(row, now));
}
