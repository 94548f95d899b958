import "server-only";
import type { TProjectRole } from "@spanlight/core";
import { addMemberByEmail } from "@spanlight/db";
import type { TMember } from "../contracts";
import { ensureCanAssignRole } from "./ensure-can-assign-role";
import { toMemberDto } from "./to-member-dto";

/** Adds an existing user with a role the acting member is allowed to grant. */
export async function inviteMember(options: {
  projectId: string;
  actorRole: TProjectRole;
  email: string;
  role: TProjectRole;
}): Promise<TMember> {
  ensureCanAssignRole({ actorRole: options.actorRole, targetRole: options.role });
  const member = await addMemberByEmail({ projectId: options.projectId, email: options.email, role: options.role });
  return toMemberDto(member);
}
