import "server-only";
import { findProjectForMember, listProjectsForUser } from "@spanlight/db";
import { notFound } from "next/navigation";
import { cache } from "react";
import { requirePageUser } from "@/lib/auth/session";
import type { TSessionUser } from "@/lib/auth/session";
import type { TProject } from "../contracts";
import { toProjectDto } from "./to-project-dto";

export type TProjectPage = { user: TSessionUser; project: TProject };

/**
 * The signed-in user and the project in the URL, for a project page and its layout (cached per
 * request, so both ask the database once). Not a member looks exactly like no such project: 404.
 */
export const loadProjectPage = cache(async (projectId: string): Promise<TProjectPage> => {
  const user = await requirePageUser();
  const project = await findProjectForMember({ projectId, userId: user.id });
  if (!project) notFound();
  return { user, project: toProjectDto(project) };
});

/** Every project the user belongs to, oldest first (the project switcher's list). */
export const loadUserProjects = cache(async (userId: string): Promise<TProject[]> => {
  const projects = await listProjectsForUser(userId);
  return projects.map(toProjectDto);
});
