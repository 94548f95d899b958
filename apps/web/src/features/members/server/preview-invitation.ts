import "server-only";
import { NotFoundError } from "@spanlight/core";
import { findInvitationByToken } from "@spanlight/db";
import type { TInvitationPreview } from "../contracts";

export async function previewInvitation(token: string): Promise<TInvitationPreview> {
  const invitation = await findInvitationByToken({ token });
  if (!invitation) throw new NotFoundError("This invitation link is not valid");
  return {
    projectName: invitation.projectName,
    email: invitation.email,
    role: invitation.role,
    status: invitation.status,
    expiresAt: invitation.expiresAt.toISOString(),
    hasAccount: invitation.hasAccount,
  };
}
