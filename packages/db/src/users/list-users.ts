import type { TUserListPage, TUserListQuery, TUserSort, TUserSummary } from "@spanlight/core";
import { getPool } from "../client.ts";
import { GROUP_SORTS } from "../traces/group-sorts.ts";
import type { TGroupSort } from "../traces/group-sorts.ts";
import { decodeCursor, pageOf } from "../traces/keyset-cursor.ts";
import { afterCursorSql, containsPattern, SqlParams } from "../traces/sql-fragments.ts";
import { resolveTimeWindow } from "../traces/time-window.ts";
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
  const cursor = query.cursor ? decodeCursor(query.cursor, { sort: query.sort, order: query.order }) : null;
  const window = resolveTimeWindow(query, cursor);
  const params = new SqlParams();
  const conditions = [
    `project_id = ${params.add(options.projectId)}`,
    `start_time >= ${params.add(window.from)}::timestamptz`,
    `start_time < ${params.add(window.to)}::timestamptz`,
    "user_id IS NOT NULL",
  ];
  if (query.search) conditions.push(`user_id ILIKE ${params.add(containsPattern(query.search))}`);
  const sort = SORTS[query.sort];
  const having = cursor
    ? `HAVING ${afterCursorSql({
        sortSql: sort.expression,
        idSql: "user_id",
        order: query.order,
        value: `${params.add(cursor.value)}::${sort.cast}`,
        id: params.add(cursor.id),
      })}`
    : "";
  const direction = query.order === "desc" ? "DESC" : "ASC";
  const result = await getPool().query<TUserRow>(
    `SELECT ${USER_SUMMARY_COLUMNS}, ${sort.cursorValue} AS "sortValue"
       FROM trace
      WHERE ${conditions.join(" AND ")}
      GROUP BY user_id
      ${having}
      ORDER BY ${sort.expression} ${direction}, user_id ${direction}
      LIMIT ${params.add(query.limit + 1)}`,
    params.values,
  );
  return pageOf<TUserSummary, TUserRow>(result.rows, {
    limit: query.limit,
    cursorOf: (last) => ({ sort: query.sort, order: query.order, value: last.sortValue, id: last.userId, ...window }),
  });
}
