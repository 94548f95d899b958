import "server-only";
import { canAssignRole, ForbiddenError } from "@spanlight/core";
import type { TProjectRole } from "@spanlight/core";

/** Only an owner may make, unmake or remove an owner; admins manage everyone else. */
export function ensureCanAssignRole(options: { actorRole: TProjectRole; targetRole: TProjectRole }): void {
  if (canAssignRole(options.actorRole, options.targetRole)) return;
  throw new ForbiddenError(
    options.targetRole === "OWNER"
      ? "Only an owner can grant, change or remove the owner role"
      : "Your role cannot manage members",
  );
}
