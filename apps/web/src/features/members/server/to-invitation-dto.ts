import "server-only";
import type { TInvitation as TDbInvitation } from "@spanlight/db";
import type { TInvitation } from "../contracts";

export function toInvitationDto(invitation: TDbInvitation): TInvitation {
  return {
    id: invitation.id,
    email: invitation.email,
    role: invitation.role,
    status: invitation.status,
    createdAt: invitation.createdAt.toISOString(),
    expiresAt: invitation.expiresAt.toISOString(),
  };
}
