import type { TSpan, TTraceDetail, TTraceSummary } from "@spanlight/core";
import { getPool } from "../client.ts";
import { isoTime } from "./sql-fragments.ts";

export const TRACE_SUMMARY_COLUMNS = `
  trace_id AS "traceId", name, root_span_id AS "rootSpanId",
  ${isoTime("start_time")} AS "startTime", ${isoTime("end_time")} AS "endTime", duration_ms AS "durationMs",
  span_count AS "spanCount", error_count AS "errorCount",
  input_tokens::float8 AS "inputTokens", output_tokens::float8 AS "outputTokens", total_tokens::float8 AS "totalTokens",
  cache_read_tokens::float8 AS "cacheReadTokens", cache_write_tokens::float8 AS "cacheWriteTokens",
  reasoning_tokens::float8 AS "reasoningTokens", cost_usd AS "costUsd",
  user_id AS "userId", session_id AS "sessionId", tags, models, kinds, environment, release,
  input_preview AS "inputPreview", output_preview AS "outputPreview"`;

const SPAN_COLUMNS = `
  trace_id AS "traceId", span_id AS "spanId", parent_span_id AS "parentSpanId", name, kind::text AS kind,
  otel_span_kind AS "otelSpanKind", ${isoTime("start_time")} AS "startTime", ${isoTime("end_time")} AS "endTime",
  start_unix_nano::text AS "startTimeUnixNano", end_unix_nano::text AS "endTimeUnixNano",
  (end_unix_nano - start_unix_nano)::float8 / 1000000 AS "durationMs",
  status_code AS "statusCode", status_message AS "statusMessage", model, provider,
  input_tokens AS "inputTokens", output_tokens AS "outputTokens", total_tokens AS "totalTokens",
  cache_read_tokens AS "cacheReadTokens", cache_write_tokens AS "cacheWriteTokens", reasoning_tokens AS "reasoningTokens",
  cost_usd AS "costUsd", input_cost_usd AS "inputCostUsd", output_cost_usd AS "outputCostUsd",
  cost_source AS "costSource", price_id AS "priceId", user_id AS "userId", session_id AS "sessionId",
  environment, release, prompt_name AS "promptName", prompt_version AS "promptVersion", scope_name AS "scopeName",
  input, output, input_messages AS "inputMessages", output_messages AS "outputMessages",
  model_parameters AS "modelParameters", metadata, attributes, resource_attributes AS "resourceAttributes",
  COALESCE(events, '[]'::jsonb) AS events, COALESCE(exceptions, '[]'::jsonb) AS exceptions,
  COALESCE(links, '[]'::jsonb) AS links, extra`;

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
