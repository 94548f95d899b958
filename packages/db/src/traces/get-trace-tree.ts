import type { TSpanSummary, TTraceSummary, TTraceTree } from "@spanlight/core";
import { getPool } from "../client.ts";
import { SPAN_SUMMARY_COLUMNS, TRACE_SUMMARY_COLUMNS } from "./columns.ts";

/**
 * A trace's rollup and its spans without payloads, in start order, or null when the project has
 * no such trace. Reads the span key's (project, trace) prefix and never a payload column, so a
 * 20,000-span trace stays one index range scan (timed in get-trace-tree.itest.ts).
 */
export async function getTraceTree(options: { projectId: string; traceId: string }): Promise<TTraceTree | null> {
  const pool = getPool();
  const key = [options.projectId, options.traceId];
  const [traceResult, spanResult] = await Promise.all([
    pool.query<TTraceSummary>(
      `SELECT ${TRACE_SUMMARY_COLUMNS} FROM trace WHERE project_id = $1 AND trace_id = $2`,
      key,
    ),
    pool.query<TSpanSummary>(
      `SELECT ${SPAN_SUMMARY_COLUMNS} FROM span WHERE project_id = $1 AND trace_id = $2 ORDER BY start_unix_nano, span_id`,
      key,
    ),
  ]);
  const trace = traceResult.rows[0];
  if (!trace) return null;
  return { trace, spans: spanResult.rows };
}
