import type { TUserDetail, TUserDetailQuery, TUserSummary } from "@spanlight/core";
import { getPool } from "../client.ts";
import { listTraces } from "../traces/list-traces.ts";
import { USER_SUMMARY_COLUMNS } from "./user-columns.ts";

/**
 * An end-user over all time (the (project_id, user_id, start_time) index reads just them) and a
 * page of their traces, newest first; null when no trace of the project carries this user id.
 */
export async function getUser(options: {
  projectId: string;
  userId: string;
  query: TUserDetailQuery;
}): Promise<TUserDetail | null> {
  const result = await getPool().query<TUserSummary>(
    `SELECT ${USER_SUMMARY_COLUMNS} FROM trace WHERE project_id = $1 AND user_id = $2 GROUP BY user_id`,
    [options.projectId, options.userId],
  );
  const summary = result.rows[0];
  if (!summary) return null;
  // The user's whole history is the window: from their first trace to now (or their last trace,
  // when a clock sent it from the future).
  const to = new Date(Math.max(Date.now(), Date.parse(summary.lastSeenAt) + 1)).toISOString();
  const traces = await listTraces({
    projectId: options.projectId,
    query: {
      userId: options.userId,
      from: summary.firstSeenAt,
      to,
      sort: "startTime",
      order: "desc",
      ...options.query,
    },
  });
  return { ...summary, traces };
}
