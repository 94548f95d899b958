import type { TSessionListPage, TSessionListQuery, TSessionSort, TSessionSummary } from "@spanlight/core";
import { getPool } from "../client.ts";
import { GROUP_SORTS } from "../traces/group-sorts.ts";
import type { TGroupSort } from "../traces/group-sorts.ts";
import { decodeCursor, pageOf } from "../traces/keyset-cursor.ts";
import { afterCursorSql, containsPattern, SqlParams } from "../traces/sql-fragments.ts";
import { resolveTimeWindow } from "../traces/time-window.ts";
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
  const cursor = query.cursor ? decodeCursor(query.cursor, { sort: query.sort, order: query.order }) : null;
  const window = resolveTimeWindow(query, cursor);
  const params = new SqlParams();
  const conditions = [
    `project_id = ${params.add(options.projectId)}`,
    `start_time >= ${params.add(window.from)}::timestamptz`,
    `start_time < ${params.add(window.to)}::timestamptz`,
    "session_id IS NOT NULL",
  ];
  if (query.userId) conditions.push(`user_id = ${params.add(query.userId)}`);
  if (query.search) conditions.push(`session_id ILIKE ${params.add(containsPattern(query.search))}`);
  const sort = SORTS[query.sort];
  const having = cursor
    ? `HAVING ${afterCursorSql({
        sortSql: sort.expression,
        idSql: "session_id",
        order: query.order,
        value: `${params.add(cursor.value)}::${sort.cast}`,
        id: params.add(cursor.id),
      })}`
    : "";
  const direction = query.order === "desc" ? "DESC" : "ASC";
  const result = await getPool().query<TSessionRow>(
    `SELECT ${SESSION_SUMMARY_COLUMNS}, ${sort.cursorValue} AS "sortValue"
       FROM trace
      WHERE ${conditions.join(" AND ")}
      GROUP BY session_id
      ${having}
      ORDER BY ${sort.expression} ${direction}, session_id ${direction}
      LIMIT ${params.add(query.limit + 1)}`,
    params.values,
  );
  return pageOf<TSessionSummary, TSessionRow>(result.rows, {
    limit: query.limit,
    cursorOf: (last) => ({
      sort: query.sort,
      order: query.order,
      value: last.sortValue,
      id: last.sessionId,
      ...window,
    }),
  });
}
