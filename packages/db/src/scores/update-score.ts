import type { TScore } from "@spanlight/core";
import { getPool } from "../client.ts";
import { SCORE_COLUMNS, toScore } from "./score-row.ts";
import type { TScoreRow } from "./score-row.ts";

/** Replaces a score's value, comment and correction (the caller validated them); null when absent. */
export async function updateScore(options: {
  projectId: string;
  scoreId: string;
  numericValue: number | null;
  stringValue: string | null;
  comment: string | null;
  correction: unknown;
}): Promise<TScore | null> {
  const correction =
    options.correction === null || options.correction === undefined ? null : JSON.stringify(options.correction);
  const result = await getPool().query<TScoreRow>(
    `UPDATE score SET numeric_value = $3, string_value = $4, comment = $5, correction = $6::jsonb, updated_at = now()
      WHERE project_id = $1 AND id = $2
      RETURNING ${SCORE_COLUMNS}`,
    [options.projectId, options.scoreId, options.numericValue, options.stringValue, options.comment, correction],
  );
  const row = result.rows[0];
  return row ? toScore(row) : null;
}
