import "server-only";
import { NotFoundError } from "@spanlight/core";
import type { TProjectRole } from "@spanlight/core";
import { findMemberRole, removeMember } from "@spanlight/db";
import { ensureCanAssignRole } from "./ensure-can-assign-role";

/** Removing an owner takes an owner; the database refuses to remove the last one. */
export async function removeProjectMember(options: {
  projectId: string;
  actorRole: TProjectRole;
  userId: string;
}): Promise<void> {
  const currentRole = await findMemberRole({ projectId: options.projectId, userId: options.userId });
  if (!currentRole) throw new NotFoundError("This user is not a member of the project");
  ensureCanAssignRole({ actorRole: options.actorRole, targetRole: currentRole });
  await removeMember({ projectId: options.projectId, userId: options.userId });
}
