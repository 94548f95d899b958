import "server-only";
import type { TProjectSummary } from "@spanlight/db";
import type { TProject } from "../contracts";

export function toProjectDto(project: TProjectSummary): TProject {
  return { id: project.id, name: project.name, role: project.role, createdAt: project.createdAt.toISOString() };
}
