import { isoTime } from "./sql-fragments.ts";

/**
 * A trace row as `TTraceSummary`; tokens leave as float8 so they arrive as numbers, not strings. The
 * cost is null when no model call had one (unpriced), which lists show as "—" rather than "$0".
 */
export const TRACE_SUMMARY_COLUMNS = `
  trace_id AS "traceId", name, root_span_id AS "rootSpanId",
  ${isoTime("start_time")} AS "startTime", ${isoTime("end_time")} AS "endTime", duration_ms AS "durationMs",
  span_count AS "spanCount", error_count AS "errorCount",
  input_tokens::float8 AS "inputTokens", output_tokens::float8 AS "outputTokens", total_tokens::float8 AS "totalTokens",
  cache_read_tokens::float8 AS "cacheReadTokens", cache_write_tokens::float8 AS "cacheWriteTokens",
  reasoning_tokens::float8 AS "reasoningTokens", CASE WHEN has_cost THEN cost_usd END AS "costUsd",
  user_id AS "userId", session_id AS "sessionId", tags, models, kinds, environment, release,
  input_preview AS "inputPreview", output_preview AS "outputPreview"`;

/** A span row as `TSpanSummary`: no payload column is read, so TOASTed input/output stay on disk. */
export const SPAN_SUMMARY_COLUMNS = `
  span_id AS "spanId", parent_span_id AS "parentSpanId", name, kind::text AS kind,
  ${isoTime("start_time")} AS "startTime", ${isoTime("end_time")} AS "endTime",
  start_unix_nano::text AS "startTimeUnixNano", end_unix_nano::text AS "endTimeUnixNano",
  (end_unix_nano - start_unix_nano)::float8 / 1000000 AS "durationMs",
  status_code AS "statusCode", status_message AS "statusMessage", model,
  input_tokens AS "inputTokens", output_tokens AS "outputTokens", total_tokens AS "totalTokens",
  cost_usd AS "costUsd", cost_source AS "costSource"`;

/** A span row as `TSpan`, payloads included. */
export const SPAN_COLUMNS = `
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
