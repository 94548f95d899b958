import "server-only";
import { NotFoundError } from "@spanlight/core";
import type { TProjectRole } from "@spanlight/core";
import { findMemberRole, updateMemberRole } from "@spanlight/db";
import { ensureCanAssignRole } from "./ensure-can-assign-role";

/** Both the role a member has and the role they get must be the actor's to assign. */
export async function changeMemberRole(options: {
  projectId: string;
  actorRole: TProjectRole;
  userId: string;
  role: TProjectRole;
}): Promise<void> {
  const currentRole = await findMemberRole({ projectId: options.projectId, userId: options.userId });
  if (!currentRole) throw new NotFoundError("This user is not a member of the project");
  ensureCanAssignRole({ actorRole: options.actorRole, targetRole: currentRole });
  ensureCanAssignRole({ actorRole: options.actorRole, targetRole: options.role });
  await updateMemberRole({ projectId: options.projectId, userId: options.userId, role: options.role });
}
