export const PROJECT_ROLES = ["OWNER", "ADMIN", "MEMBER", "VIEWER"] as const;
export type TProjectRole = (typeof PROJECT_ROLES)[number];

export const PROJECT_ACTIONS = ["project:read", "project:write", "project:manage", "members:manage", "apiKeys:manage", "project:delete"] as const;
export type TProjectAction = (typeof PROJECT_ACTIONS)[number];

/**
 * Who may do what in a project. `project:write` covers data people add (scores, annotations,
 * datasets); `project:manage` covers settings such as model prices and retention; deleting the whole
 * project is the owners' alone. Viewers only read.
 */
const ALLOWED: Record<TProjectRole, readonly TProjectAction[]> = {
  OWNER: PROJECT_ACTIONS,
  ADMIN: ["project:read", "project:write", "project:manage", "members:manage", "apiKeys:manage"],
  MEMBER: ["project:read", "project:write"],
  VIEWER: ["project:read"],
};

export function canRole(role: TProjectRole, action: TProjectAction): boolean {
  return ALLOWED[role].includes(action);
}

/** Only an owner may make or unmake another owner. */
export function canAssignRole(actorRole: TProjectRole, targetRole: TProjectRole): boolean {
  if (!canRole(actorRole, "members:manage")) return false;
  return targetRole !== "OWNER" || actorRole === "OWNER";
}
