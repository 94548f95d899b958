import "server-only";
import { canRole, ForbiddenError, NotFoundError } from "@spanlight/core";
import type { TProjectRole } from "@spanlight/core";
import { deleteScore, getScore } from "@spanlight/db";

/** An API key deletes any score of its project. */
export async function deleteProjectScore(options: { projectId: string; scoreId: string }): Promise<null> {
  if (!(await deleteScore(options))) throw new NotFoundError("No score with this id in this project");
  return null;
}

/** A person deletes their own scores; owners and admins any (they moderate the project's data). */
export async function deleteScoreAsMember(options: {
  projectId: string;
  scoreId: string;
  user: { id: string; role: TProjectRole };
}): Promise<null> {
  const score = await getScore({ projectId: options.projectId, scoreId: options.scoreId });
  if (!score) throw new NotFoundError("No score with this id in this project");
  const isOwn = score.authorUserId === options.user.id;
  if (!isOwn && !canRole(options.user.role, "project:manage"))
    throw new ForbiddenError("You can delete only your own scores");
  return deleteProjectScore(options);
}
