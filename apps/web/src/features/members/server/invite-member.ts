import "server-only";
import type { TProjectRole } from "@spanlight/core";
import { getServerConfig } from "@spanlight/core/server";
import { createInvitation } from "@spanlight/db";
import type { TInvitationCreatedResponse } from "../contracts";
import { ensureCanAssignRole } from "./ensure-can-assign-role";
import { toInvitationDto } from "./to-invitation-dto";

/**
 * Invites an email with a role the acting member may grant. Everyone, with an account or not, gets
 * a pending invitation and a link, so the answer says nothing about who has signed up.
 */
export async function inviteMember(options: {
  projectId: string;
  actorRole: TProjectRole;
  actorUserId: string;
  email: string;
  role: TProjectRole;
}): Promise<TInvitationCreatedResponse> {
  ensureCanAssignRole({ actorRole: options.actorRole, targetRole: options.role });
  const { invitation, token } = await createInvitation({
    projectId: options.projectId,
    email: options.email,
    role: options.role,
    invitedBy: options.actorUserId,
  });
  return { invitation: toInvitationDto(invitation), inviteUrl: `${getServerConfig().publicUrl}/invite/${token}` };
}
