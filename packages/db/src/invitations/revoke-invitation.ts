import { getDb } from "../client.ts";

/** False when the project has no such open invitation (already accepted, revoked, or someone else's). */
export async function revokeInvitation(options: {
  projectId: string;
  invitationId: string;
  now?: Date;
}): Promise<boolean> {
  const { count } = await getDb().invitation.updateMany({
    where: { id: options.invitationId, projectId: options.projectId, acceptedAt: null, revokedAt: null },
    data: { revokedAt: options.now ?? new Date() },
  });
  return count > 0;
}
