import type { TScore, TScoreDataType, TScoreSource } from "@spanlight/core";
import { getPool } from "../client.ts";
import { SCORE_COLUMNS, toScore } from "./score-row.ts";
import type { TScoreRow } from "./score-row.ts";

/** A validated score ready to store: values already split into the numeric and string columns. */
export type TNewScore = {
  id: string;
  traceId: string | null;
  spanId: string | null;
  sessionId: string | null;
  name: string;
  dataType: TScoreDataType;
  numericValue: number | null;
  stringValue: string | null;
  comment: string | null;
  correction: unknown;
  source: TScoreSource;
  authorUserId: string | null;
  authorId: string | null;
  configId: string | null;
  queueId: string | null;
  isAdjudicated: boolean;
  metadata: Record<string, unknown> | null;
  timestamp: string | null;
};

/**
 * Stores a score once per (project, id): a retry with the same id inserts nothing and answers the
 * stored score (isNew false), even when two retries race, because the primary key decides. There is
 * no foreign key to trace or span, so a score may arrive before its trace and shows when it lands.
 */
export async function insertScore(options: {
  projectId: string;
  score: TNewScore;
}): Promise<{ score: TScore; isNew: boolean }> {
  const { projectId, score } = options;
  const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));
  const inserted = await getPool().query<TScoreRow>(
    `INSERT INTO score (project_id, id, trace_id, span_id, session_id, name, data_type, numeric_value, string_value,
        comment, correction, source, author_user_id, author_id, config_id, queue_id, is_adjudicated, metadata, timestamp)
     VALUES ($1, $2, $3, $4, $5, $6, $7::"ScoreDataType", $8, $9, $10, $11::jsonb, $12::"ScoreSource", $13, $14, $15, $16,
        $17, $18::jsonb, COALESCE($19::timestamptz, now()))
     ON CONFLICT (project_id, id) DO NOTHING
     RETURNING ${SCORE_COLUMNS}`,
    [
      projectId,
      score.id,
      score.traceId,
      score.spanId,
      score.sessionId,
      score.name,
      score.dataType,
      score.numericValue,
      score.stringValue,
      score.comment,
      json(score.correction),
      score.source,
      score.authorUserId,
      score.authorId,
      score.configId,
      score.queueId,
      score.isAdjudicated,
      json(score.metadata),
      score.timestamp,
    ],
  );
  const row = inserted.rows[0];
  if (row) return { score: toScore(row), isNew: true };
  const stored = await getScore({ projectId, scoreId: score.id });
  if (!stored) throw new Error(`score ${score.id} conflicted but is not there (deleted meanwhile)`);
  return { score: stored, isNew: false };
}

export async function getScore(options: { projectId: string; scoreId: string }): Promise<TScore | null> {
  const result = await getPool().query<TScoreRow>(
    `SELECT ${SCORE_COLUMNS} FROM score WHERE project_id = $1 AND id = $2`,
    [options.projectId, options.scoreId],
  );
  const row = result.rows[0];
  return row ? toScore(row) : null;
}
