import { getPool } from "../client.ts";
import type { TGroupSort } from "./group-sorts.ts";
import { decodeCursor, pageOf } from "./keyset-cursor.ts";
import { afterCursorSql, SqlParams } from "./sql-fragments.ts";
import { resolveTimeWindow } from "./time-window.ts";

type TGroupQuery = {
  sort: string;
  order: "asc" | "desc";
  limit: number;
  cursor?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
};

/**
 * The traces of a time window grouped by one column (sessions, end-users) and rolled up, keyset-
 * paginated on (sort value, group id): one pass over the (project_id, start_time) range.
 * `filters` adds conditions on the window's traces.
 */
export async function listTraceGroups<TItem, TRow extends TItem & { sortValue: string }>(options: {
  projectId: string;
  query: TGroupQuery;
  groupColumn: "session_id" | "user_id";
  summaryColumns: string;
  sort: TGroupSort;
  filters: (params: SqlParams) => string[];
  idOf: (row: TRow) => string;
}): Promise<{ data: TItem[]; nextCursor: string | null }> {
  const { query, groupColumn, sort } = options;
  const cursor = query.cursor ? decodeCursor(query.cursor, { sort: query.sort, order: query.order }) : null;
  const window = resolveTimeWindow(query, cursor);
  const params = new SqlParams();
  const conditions = [
    `project_id = ${params.add(options.projectId)}`,
    `start_time >= ${params.add(window.from)}::timestamptz`,
    `start_time < ${params.add(window.to)}::timestamptz`,
    `${groupColumn} IS NOT NULL`,
    ...options.filters(params),
  ];
  const having = cursor
    ? `HAVING ${afterCursorSql({
        sortSql: sort.expression,
        idSql: groupColumn,
        order: query.order,
        value: `${params.add(cursor.value)}::${sort.cast}`,
        id: params.add(cursor.id),
      })}`
    : "";
  const direction = query.order === "desc" ? "DESC" : "ASC";
  const result = await getPool().query<TRow>(
    `SELECT ${options.summaryColumns}, ${sort.cursorValue} AS "sortValue"
       FROM trace
      WHERE ${conditions.join(" AND ")}
      GROUP BY ${groupColumn}
      ${having}
      ORDER BY ${sort.expression} ${direction}, ${groupColumn} ${direction}
      LIMIT ${params.add(query.limit + 1)}`,
    params.values,
  );
  return pageOf<TItem, TRow>(result.rows, {
    limit: query.limit,
    cursorOf: (last) => ({
      sort: query.sort,
      order: query.order,
      value: last.sortValue,
      id: options.idOf(last),
      ...window,
    }),
  });
}
