import "server-only";
import { NotFoundError } from "@spanlight/core";
import { revokeInvitation } from "@spanlight/db";

export async function revokeProjectInvitation(options: { projectId: string; invitationId: string }): Promise<void> {
  if (!(await revokeInvitation(options))) throw new NotFoundError("No open invitation with this id in the project");
}
