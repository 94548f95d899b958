import type { TScore, TScoreListPage, TScoreListQuery } from "@spanlight/core";
import { getPool } from "../client.ts";
import { decodeCursor, pageOf } from "../traces/keyset-cursor.ts";
import { afterCursorSql, SqlParams } from "../traces/sql-fragments.ts";
import { SCORE_COLUMNS, toScore } from "./score-row.ts";
import type { TScoreRow } from "./score-row.ts";

const SORT = { sort: "timestamp", order: "desc" } as const;
// Scores have no default time window (unlike traces): a trace's or a name's scores are few, and the
// (project_id, timestamp DESC) index walks the unfiltered list from the newest.
const OPEN_WINDOW = { from: "1970-01-01T00:00:00.000Z", to: "9999-12-31T00:00:00.000Z" };

// ORDER BY names the table's column: a bare `timestamp` would be the selected text of that name, which
// sorted every matching row in memory (8.8 s for the newest 50 of 1 M scores) instead of walking the
// (project_id, timestamp DESC) index.

/**
 * One page of a project's scores, newest first, keyset-paginated on (timestamp, id). `authorId`
 * matches either author column, so a person's user id finds their annotations too.
 */
export async function listScores(options: { projectId: string; query: TScoreListQuery }): Promise<TScoreListPage> {
  const { query } = options;
  const cursor = query.cursor ? decodeCursor(query.cursor, SORT) : null;
  const params = new SqlParams();
  const conditions = [`project_id = ${params.add(options.projectId)}`];
  const add = (condition: string) => conditions.push(condition);
  if (query.traceId) add(`trace_id = ${params.add(query.traceId)}`);
  if (query.spanId) add(`span_id = ${params.add(query.spanId)}`);
  if (query.sessionId) add(`session_id = ${params.add(query.sessionId)}`);
  if (query.name) add(`name = ${params.add(query.name)}`);
  if (query.source) add(`source = ${params.add(query.source)}::"ScoreSource"`);
  if (query.authorId) {
    const author = params.add(query.authorId);
    add(`(author_id = ${author} OR author_user_id = ${author})`);
  }
  if (query.from) add(`timestamp >= ${params.add(query.from)}::timestamptz`);
  if (query.to) add(`timestamp < ${params.add(query.to)}::timestamptz`);
  if (cursor) {
    const value = `${params.add(cursor.value)}::timestamptz`;
    add(afterCursorSql({ sortSql: "timestamp", idSql: "id", order: "desc", value, id: params.add(cursor.id) }));
  }
  const result = await getPool().query<TScoreRow & { sortValue: string }>(
    `SELECT ${SCORE_COLUMNS}, to_char(timestamp AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "sortValue"
       FROM score
      WHERE ${conditions.join(" AND ")}
      ORDER BY score.timestamp DESC, score.id DESC
      LIMIT ${params.add(query.limit + 1)}`,
    params.values,
  );
  const rows = result.rows.map((row) => ({ ...toScore(row), sortValue: row.sortValue }));
  return pageOf<TScore, TScore & { sortValue: string }>(rows, {
    limit: query.limit,
    cursorOf: (last) => ({ ...SORT, value: last.sortValue, id: last.id, ...OPEN_WINDOW }),
  });
}
