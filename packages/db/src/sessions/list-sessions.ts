import type { TSessionListPage, TSessionListQuery, TSessionSort, TSessionSummary } from "@spanlight/core";
import { listTraceGroups } from "../traces/list-trace-groups.ts";
import { containsPattern } from "../traces/sql-fragments.ts";
import { GROUP_SORTS } from "../traces/group-sorts.ts";
import type { TGroupSort } from "../traces/group-sorts.ts";
import { SESSION_SUMMARY_COLUMNS } from "./session-columns.ts";

const SORTS: Record<TSessionSort, TGroupSort> = {
  lastTraceAt: GROUP_SORTS.lastAt,
  firstTraceAt: GROUP_SORTS.firstAt,
  traceCount: GROUP_SORTS.traceCount,
  cost: GROUP_SORTS.cost,
  tokens: GROUP_SORTS.tokens,
};

type TSessionRow = TSessionSummary & { sortValue: string };

/**
 * Sessions with a trace in the window, rolled up over the window's traces (one pass over the
 * (project_id, start_time) range, grouped), keyset-paginated on (sort value, session_id).
 * With `userId`, only that end-user's traces count.
 */
export async function listSessions(options: {
  projectId: string;
  query: TSessionListQuery;
}): Promise<TSessionListPage> {
  const { query } = options;
  return listTraceGroups<TSessionSummary, TSessionRow>({
    projectId: options.projectId,
    query,
    groupColumn: "session_id",
    summaryColumns: SESSION_SUMMARY_COLUMNS,
    sort: SORTS[query.sort],
    filters: (params) => [
      ...(query.userId ? [`user_id = ${params.add(query.userId)}`] : []),
      ...(query.search ? [`session_id ILIKE ${params.add(containsPattern(query.search))}`] : []),
    ],
    idOf: (row) => row.sessionId,
  });
}
