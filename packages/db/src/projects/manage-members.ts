import { ConflictError, NotFoundError } from "@spanlight/core";
import type { TProjectRole } from "@spanlight/core";
import { getDb } from "../client.ts";

export type TMember = { userId: string; name: string; email: string; role: TProjectRole; createdAt: Date };

export async function listMembers(projectId: string): Promise<TMember[]> {
  const rows = await getDb().membership.findMany({
    where: { projectId },
    select: { role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
    orderBy: { createdAt: "asc" },
  });
  return rows.map(({ role, createdAt, user }) => ({
    userId: user.id,
    name: user.name,
    email: user.email,
    role,
    createdAt,
  }));
}

export async function findMemberRole(options: { projectId: string; userId: string }): Promise<TProjectRole | null> {
  const membership = await getDb().membership.findUnique({
    where: { projectId_userId: { projectId: options.projectId, userId: options.userId } },
    select: { role: true },
  });
  return membership?.role ?? null;
}

/** Adds an existing user by email; people sign up first, then an owner or admin invites them. */
export async function addMemberByEmail(options: {
  projectId: string;
  email: string;
  role: TProjectRole;
}): Promise<TMember> {
  const user = await getDb().user.findUnique({
    where: { email: options.email.trim().toLowerCase() },
    select: { id: true, name: true, email: true },
  });
  if (!user) throw new NotFoundError("No user with this email: ask them to sign up first");
  const existing = await findMemberRole({ projectId: options.projectId, userId: user.id });
  if (existing) throw new ConflictError("This user is already a member of the project");
  const membership = await getDb().membership.create({
    data: { projectId: options.projectId, userId: user.id, role: options.role },
    select: { role: true, createdAt: true },
  });
  return { userId: user.id, name: user.name, email: user.email, ...membership };
}

export async function updateMemberRole(options: {
  projectId: string;
  userId: string;
  role: TProjectRole;
}): Promise<void> {
  await ensureAnotherOwnerRemains({ ...options, isLeavingOwnership: options.role !== "OWNER" });
  await getDb().membership.update({
    where: { projectId_userId: { projectId: options.projectId, userId: options.userId } },
    data: { role: options.role },
  });
}

export async function removeMember(options: { projectId: string; userId: string }): Promise<void> {
  await ensureAnotherOwnerRemains({ ...options, isLeavingOwnership: true });
  await getDb().membership.delete({
    where: { projectId_userId: { projectId: options.projectId, userId: options.userId } },
  });
}

/** A project never loses its last owner. */
async function ensureAnotherOwnerRemains(options: { projectId: string; userId: string; isLeavingOwnership: boolean }) {
  const role = await findMemberRole(options);
  if (!role) throw new NotFoundError("This user is not a member of the project");
  if (role !== "OWNER" || !options.isLeavingOwnership) return;
  const owners = await getDb().membership.count({ where: { projectId: options.projectId, role: "OWNER" } });
  if (owners <= 1) throw new ConflictError("A project needs at least one owner");
}
