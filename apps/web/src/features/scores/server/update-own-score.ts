import "server-only";
import { ForbiddenError, NotFoundError } from "@spanlight/core";
import type { TScore, TUpdateScore } from "@spanlight/core";
import { getScore, updateScore } from "@spanlight/db";
import { resolveScoreValue } from "./validate-score-value";

/** A person edits the value, comment or correction of a score they gave; checked like a new one. */
export async function updateOwnScore(options: {
  projectId: string;
  scoreId: string;
  userId: string;
  patch: TUpdateScore;
}): Promise<TScore> {
  const score = await getScore({ projectId: options.projectId, scoreId: options.scoreId });
  if (!score) throw new NotFoundError("No score with this id in this project");
  if (score.authorUserId !== options.userId) throw new ForbiddenError("You can edit only your own scores");
  const { patch } = options;
  const resolved = await resolveScoreValue({
    projectId: options.projectId,
    name: score.name,
    value: patch.value ?? score.value,
    dataType: score.dataType,
    configId: score.configId ?? undefined,
    isConfigRequired: score.source === "ANNOTATION",
  });
  const updated = await updateScore({
    projectId: options.projectId,
    scoreId: options.scoreId,
    numericValue: resolved.numericValue,
    stringValue: resolved.stringValue,
    comment: patch.comment === undefined ? score.comment : patch.comment,
    correction: patch.correction === undefined ? score.correction : patch.correction,
  });
  if (!updated) throw new NotFoundError("No score with this id in this project");
  return updated;
}
