import { isoTime } from "../traces/sql-fragments.ts";

/** A group of traces sharing a session_id as `TSessionSummary`. */
export const SESSION_SUMMARY_COLUMNS = `
  session_id AS "sessionId", count(*)::int AS "traceCount",
  ${isoTime("min(start_time)")} AS "firstTraceAt", ${isoTime("max(start_time)")} AS "lastTraceAt",
  EXTRACT(EPOCH FROM (max(end_time) - min(start_time)))::float8 * 1000 AS "durationMs",
  sum(total_tokens)::float8 AS "totalTokens", CASE WHEN bool_or(has_cost) THEN sum(cost_usd) END AS "costUsd",
  count(*) FILTER (WHERE error_count > 0)::int AS "errorCount",
  COALESCE(array_agg(DISTINCT user_id ORDER BY user_id) FILTER (WHERE user_id IS NOT NULL), '{}') AS "userIds"`;
