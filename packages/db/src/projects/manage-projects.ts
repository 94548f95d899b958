import type { TProjectRole } from "@spanlight/core";
import { getDb } from "../client.ts";

export type TProjectSummary = { id: string; name: string; role: TProjectRole; createdAt: Date };

export async function createProjectWithOwner(options: { name: string; ownerUserId: string }): Promise<TProjectSummary> {
  const project = await getDb().project.create({
    data: { name: options.name, memberships: { create: { userId: options.ownerUserId, role: "OWNER" } } },
    select: { id: true, name: true, createdAt: true },
  });
  return { ...project, role: "OWNER" };
}

export async function listProjectsForUser(userId: string): Promise<TProjectSummary[]> {
  const memberships = await getDb().membership.findMany({
    where: { userId },
    select: { role: true, project: { select: { id: true, name: true, createdAt: true } } },
    orderBy: { project: { createdAt: "asc" } },
  });
  return memberships.map(({ role, project }) => ({ ...project, role }));
}

/** The project as seen by one user, or null when they are not a member (callers answer 404). */
export async function findProjectForMember(options: {
  projectId: string;
  userId: string;
}): Promise<TProjectSummary | null> {
  const membership = await getDb().membership.findUnique({
    where: { projectId_userId: { projectId: options.projectId, userId: options.userId } },
    select: { role: true, project: { select: { id: true, name: true, createdAt: true } } },
  });
  return membership ? { ...membership.project, role: membership.role } : null;
}

export async function renameProject(options: { projectId: string; name: string }): Promise<void> {
  await getDb().project.update({ where: { id: options.projectId }, data: { name: options.name } });
}

export async function findProjectByName(name: string): Promise<{ id: string } | null> {
  return getDb().project.findFirst({ where: { name }, select: { id: true }, orderBy: { createdAt: "asc" } });
}
