import { SESSION_TRACE_LIMIT } from "@spanlight/core";
import type { TSessionDetail, TSessionSummary, TSessionTurn, TTraceSummary } from "@spanlight/core";
import { getPool } from "../client.ts";
import { TRACE_SUMMARY_COLUMNS } from "../traces/columns.ts";
import { SESSION_SUMMARY_COLUMNS } from "./session-columns.ts";

const TURN_TEXT_MAX_CHARS = 4_000;

/** A jsonb value as text: a JSON string unquoted, anything else as JSON, null as SQL NULL. */
function jsonText(column: string): string {
  return `CASE jsonb_typeof(${column}) WHEN 'string' THEN ${column} #>> '{}' WHEN 'null' THEN NULL ELSE ${column}::text END`;
}

/** The content of the last (`DESC`) or first (`ASC`) chat message in `column` with a text content, of `role` if given. */
function messageContent(column: string, options: { last: boolean; role?: string }): string {
  const roleCondition = options.role ? `AND m->>'role' = '${options.role}'` : "";
  return `(SELECT m->>'content'
             FROM jsonb_array_elements(CASE WHEN jsonb_typeof(${column}) = 'array' THEN ${column} ELSE '[]'::jsonb END)
                  WITH ORDINALITY AS message(m, position)
            WHERE jsonb_typeof(m->'content') = 'string' ${roleCondition}
            ORDER BY position ${options.last ? "DESC" : "ASC"} LIMIT 1)`;
}

// A turn reads as a person would: what the user last said and the first answer, from the root span
// or, when the root has no text (OTel GenAI puts the messages on the model call), from the trace's
// first LLM span. Without either, the trace's own previews stand in. The first failed span says
// what went wrong, so a failed tool call no longer reads as a failed trace.
const SESSION_TRACES_SQL = `
SELECT t.*,
  left(COALESCE(${messageContent("s.input_messages", { last: true, role: "user" })}, ${jsonText("s.input")},
    ${messageContent("llm.input_messages", { last: true, role: "user" })}, t."inputPreview"), ${TURN_TEXT_MAX_CHARS}) AS "turnInput",
  left(COALESCE(${messageContent("s.output_messages", { last: false })}, ${jsonText("s.output")},
    ${messageContent("llm.output_messages", { last: false })}, t."outputPreview"), ${TURN_TEXT_MAX_CHARS}) AS "turnOutput",
  CASE WHEN failed.span_id IS NULL THEN NULL ELSE jsonb_build_object(
    'spanId', failed.span_id, 'name', failed.name, 'statusMessage', failed.status_message,
    'isRoot', COALESCE(failed.span_id = t."rootSpanId", false)) END AS "failedSpan"
FROM (
  SELECT ${TRACE_SUMMARY_COLUMNS}
    FROM trace
   WHERE project_id = $1 AND session_id = $2
   ORDER BY start_time, trace_id
   LIMIT $3
) t
LEFT JOIN span s ON s.project_id = $1 AND s.trace_id = t."traceId" AND s.span_id = t."rootSpanId"
LEFT JOIN LATERAL (
  SELECT l.input_messages, l.output_messages FROM span l
   WHERE l.project_id = $1 AND l.trace_id = t."traceId" AND l.kind = 'LLM'
   ORDER BY l.start_unix_nano, l.span_id LIMIT 1
) llm ON s.input_messages IS NULL AND s.output_messages IS NULL AND s.input IS NULL AND s.output IS NULL
LEFT JOIN LATERAL (
  SELECT e.span_id, e.name, e.status_message FROM span e
   WHERE e.project_id = $1 AND e.trace_id = t."traceId" AND e.status_code = 'ERROR'
   ORDER BY (e.span_id = t."rootSpanId") DESC, e.start_unix_nano, e.span_id LIMIT 1
) failed ON t."errorCount" > 0
ORDER BY t."startTime", t."traceId"`;

type TSessionTraceRow = TTraceSummary & {
  turnInput: string | null;
  turnOutput: string | null;
  failedSpan: TSessionTurn["failedSpan"];
};

/**
 * A session over all its traces (no time window: the (project_id, session_id, start_time) index
 * reads just this session), its first traces in start order, and those traces as conversation
 * turns; null when the project has no trace in such a session.
 */
export async function getSession(options: { projectId: string; sessionId: string }): Promise<TSessionDetail | null> {
  const pool = getPool();
  const key = [options.projectId, options.sessionId];
  const [summaryResult, tracesResult] = await Promise.all([
    pool.query<TSessionSummary>(
      `SELECT ${SESSION_SUMMARY_COLUMNS} FROM trace WHERE project_id = $1 AND session_id = $2 GROUP BY session_id`,
      key,
    ),
    pool.query<TSessionTraceRow>(SESSION_TRACES_SQL, [...key, SESSION_TRACE_LIMIT + 1]),
  ]);
  const summary = summaryResult.rows[0];
  if (!summary) return null;
  const rows = tracesResult.rows.slice(0, SESSION_TRACE_LIMIT);
  const turns: TSessionTurn[] = rows.map((row) => ({
    traceId: row.traceId,
    startTime: row.startTime,
    input: row.turnInput,
    output: row.turnOutput,
    failedSpan: row.failedSpan,
  }));
  return {
    ...summary,
    traces: rows.map(({ turnInput: _input, turnOutput: _output, failedSpan: _failed, ...trace }) => trace),
    turns,
    hasMoreTraces: tracesResult.rows.length > SESSION_TRACE_LIMIT,
  };
}
