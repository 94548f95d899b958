import type { TSpan, TTraceDetail, TTraceSummary } from "@spanlight/core";
import { getPool } from "../client.ts";
import { getTraceScores } from "../scores/get-trace-scores.ts";
import { SPAN_COLUMNS, TRACE_SUMMARY_COLUMNS } from "./columns.ts";

/**
 * A trace's rollup, every span in start order and the scores on the trace or its spans (kept apart
 * from spans, so a score sent before its trace shows once it lands); null when there is no trace.
 */
export async function getTraceDetail(options: { projectId: string; traceId: string }): Promise<TTraceDetail | null> {
  const pool = getPool();
  const [traceResult, spanResult, scores] = await Promise.all([
    pool.query<TTraceSummary>(`SELECT ${TRACE_SUMMARY_COLUMNS} FROM trace WHERE project_id = $1 AND trace_id = $2`, [
      options.projectId,
      options.traceId,
    ]),
    pool.query<TSpan>(
      `SELECT ${SPAN_COLUMNS} FROM span WHERE project_id = $1 AND trace_id = $2 ORDER BY start_unix_nano, span_id`,
      [options.projectId, options.traceId],
    ),
    getTraceScores(options),
  ]);
  const trace = traceResult.rows[0];
  if (!trace) return null;
  return { ...trace, spans: spanResult.rows, scores };
}
