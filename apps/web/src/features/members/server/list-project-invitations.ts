import "server-only";
import { listOpenInvitations } from "@spanlight/db";
import type { TInvitation } from "../contracts";
import { toInvitationDto } from "./to-invitation-dto";

export async function listProjectInvitations(projectId: string): Promise<TInvitation[]> {
  const invitations = await listOpenInvitations({ projectId });
  return invitations.map(toInvitationDto);
}
