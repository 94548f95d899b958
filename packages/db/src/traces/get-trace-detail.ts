import type { TSpan, TTraceDetail, TTraceSummary } from "@spanlight/core";
import { getPool } from "../client.ts";
import { SPAN_COLUMNS, TRACE_SUMMARY_COLUMNS } from "./columns.ts";

/** A trace's rollup and every span in start order, or null when the project has no such trace. */
export async function getTraceDetail(options: { projectId: string; traceId: string }): Promise<TTraceDetail | null> {
  const pool = getPool();
  const [traceResult, spanResult] = await Promise.all([
    pool.query<TTraceSummary>(`SELECT ${TRACE_SUMMARY_COLUMNS} FROM trace WHERE project_id = $1 AND trace_id = $2`, [
      options.projectId,
      options.traceId,
    ]),
    pool.query<TSpan>(
      `SELECT ${SPAN_COLUMNS} FROM span WHERE project_id = $1 AND trace_id = $2 ORDER BY start_unix_nano, span_id`,
      [options.projectId, options.traceId],
    ),
  ]);
  const trace = traceResult.rows[0];
  if (!trace) return null;
  return { ...trace, spans: spanResult.rows };
}
