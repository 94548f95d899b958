import type { TScore } from "@spanlight/core";
import { getPool } from "../client.ts";
import { SCORE_COLUMNS, toScore } from "./score-row.ts";
import type { TScoreRow } from "./score-row.ts";

// A trace with more scores than this is a runaway judge loop; the detail shows the newest.
const TRACE_SCORE_LIMIT = 1_000;

/** A trace's scores and its spans' (they carry the trace id), oldest first, from (project_id, trace_id). */
export async function getTraceScores(options: { projectId: string; traceId: string }): Promise<TScore[]> {
  const result = await getPool().query<TScoreRow>(
    `SELECT * FROM (
       SELECT ${SCORE_COLUMNS}, timestamp AS sort_time FROM score
        WHERE project_id = $1 AND trace_id = $2
        ORDER BY score.timestamp DESC, score.id DESC LIMIT ${TRACE_SCORE_LIMIT}
     ) newest ORDER BY sort_time, id`,
    [options.projectId, options.traceId],
  );
  return result.rows.map(toScore);
}

/**
 * A session's scores: its own and its traces' (and their spans'), oldest first. The traces come from
 * trace's session index, their scores from (project_id, trace_id).
 */
export async function getSessionScores(options: { projectId: string; sessionId: string }): Promise<TScore[]> {
  const result = await getPool().query<TScoreRow>(
    `SELECT ${SCORE_COLUMNS} FROM score
      WHERE project_id = $1
        AND (session_id = $2 OR trace_id IN (SELECT trace_id FROM trace WHERE project_id = $1 AND session_id = $2))
      ORDER BY score.timestamp, score.id LIMIT ${TRACE_SCORE_LIMIT}`,
    [options.projectId, options.sessionId],
  );
  return result.rows.map(toScore);
}
