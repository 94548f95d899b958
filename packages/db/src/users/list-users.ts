import type { TUserListPage, TUserListQuery, TUserSort, TUserSummary } from "@spanlight/core";
import { listTraceGroups } from "../traces/list-trace-groups.ts";
import { containsPattern } from "../traces/sql-fragments.ts";
import { GROUP_SORTS } from "../traces/group-sorts.ts";
import type { TGroupSort } from "../traces/group-sorts.ts";
import { USER_SUMMARY_COLUMNS } from "./user-columns.ts";

const SORTS: Record<TUserSort, TGroupSort> = {
  lastSeenAt: GROUP_SORTS.lastAt,
  firstSeenAt: GROUP_SORTS.firstAt,
  traceCount: GROUP_SORTS.traceCount,
  cost: GROUP_SORTS.cost,
  tokens: GROUP_SORTS.tokens,
};

type TUserRow = TUserSummary & { sortValue: string };

/**
 * End-users (trace user_id) with a trace in the window, rolled up over the window's traces,
 * keyset-paginated on (sort value, user_id).
 */
export async function listUsers(options: { projectId: string; query: TUserListQuery }): Promise<TUserListPage> {
  const { query } = options;
  return listTraceGroups<TUserSummary, TUserRow>({
    projectId: options.projectId,
    query,
    groupColumn: "user_id",
    summaryColumns: USER_SUMMARY_COLUMNS,
    sort: SORTS[query.sort],
    filters: (params) => (query.search ? [`user_id ILIKE ${params.add(containsPattern(query.search))}`] : []),
    idOf: (row) => row.userId,
  });
}
