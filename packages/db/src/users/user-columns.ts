import { isoTime } from "../traces/sql-fragments.ts";

/**
 * Traces grouped by user_id as `TUserSummary`. These are the end-users of the instrumented
 * application (the `user.id` on traces), not Spanlight accounts.
 */
export const USER_SUMMARY_COLUMNS = `
  user_id AS "userId", count(*)::int AS "traceCount", count(DISTINCT session_id)::int AS "sessionCount",
  sum(total_tokens)::float8 AS "totalTokens", CASE WHEN bool_or(has_cost) THEN sum(cost_usd) END AS "costUsd",
  count(*) FILTER (WHERE error_count > 0)::int AS "errorCount",
  ${isoTime("min(start_time)")} AS "firstSeenAt", ${isoTime("max(start_time)")} AS "lastSeenAt"`;
