import type { TTraceListPage, TTraceListQuery, TTraceSort, TTraceSummary } from "@spanlight/core";
import { getPool } from "../client.ts";
import { TRACE_SUMMARY_COLUMNS } from "./columns.ts";
import { decodeCursor, pageOf } from "./keyset-cursor.ts";
import { afterCursorSql, isoTime, SqlParams } from "./sql-fragments.ts";
import { traceConditions } from "./trace-conditions.ts";
import { resolveTimeWindow } from "./time-window.ts";

// Search design (the `search` filter). `trace.search_text` holds the lower-cased string values of
// the spans' input/output, root first, capped at 8,192 characters, kept by the rollup upsert; a
// search is `search_text LIKE '%term%'` inside the time bound, with no index. Measured on this
// 2-core machine (scratch runs of SpanWriter on the ingestion benchmark's agent traces, 61,440
// spans, 8 spans a trace, ~7 KB of text each; CPU per 1,000 spans because wall time was shared):
//   - no search text:             ~145 ms Node + ~171 ms PostgreSQL
//   - search_text, no index:      ~160 ms Node + ~177 ms PostgreSQL (+7%)
//   - search_text + pg_trgm GIN:  ~155 ms Node + ~310 ms PostgreSQL (+47%, and the table 2× bigger)
// A trigram (or tsvector) GIN index pays for thousands of index entries on every trace upsert, and
// traces are upserted once per batch they appear in; that cost alone would sink the ≥ 0.6× COPY
// goal. Without it, a search scans the window's rows: see search-traces.itest.ts for the scale note.
// Lower-casing at write time lets LIKE skip ILIKE's per-row lower() at read time.

type TSortColumn = { column: string; cursorValue: string; cast: string };

/** Sort columns come from this map only; the caller's choice is a key, never SQL. */
const SORT_COLUMNS: Record<TTraceSort, TSortColumn> = {
  startTime: { column: "start_time", cursorValue: isoTime("start_time"), cast: "timestamptz" },
  latency: { column: "duration_ms", cursorValue: "duration_ms", cast: "float8" },
  cost: { column: "cost_usd", cursorValue: "cost_usd", cast: "float8" },
  tokens: { column: "total_tokens", cursorValue: "total_tokens::text", cast: "bigint" },
};

type TTraceRow = TTraceSummary & { sortValue: string | number };

/**
 * One page of a project's traces: filtered, sorted, keyset-paginated on (sort value, trace_id).
 * A page starts strictly after the previous page's last row and the window is fixed by the first
 * page, so traces arriving meanwhile never shift or repeat the rows of later pages.
 */
export async function listTraces(options: { projectId: string; query: TTraceListQuery }): Promise<TTraceListPage> {
  const { query } = options;
  const cursor = query.cursor ? decodeCursor(query.cursor, { sort: query.sort, order: query.order }) : null;
  const window = resolveTimeWindow(query, cursor);
  const params = new SqlParams();
  const conditions = traceConditions({ projectId: options.projectId, query, window, params });
  const sort = SORT_COLUMNS[query.sort];
  if (cursor) {
    const value = `${params.add(cursor.value)}::${sort.cast}`;
    conditions.push(afterCursorSql({ sortSql: sort.column, idSql: "trace_id", order: query.order, value, id: params.add(cursor.id) }));
  }
  const direction = query.order === "desc" ? "DESC" : "ASC";
  const result = await getPool().query<TTraceRow>(
    `SELECT ${TRACE_SUMMARY_COLUMNS}, ${sort.cursorValue} AS "sortValue"
       FROM trace
      WHERE ${conditions.join(" AND ")}
      ORDER BY ${sort.column} ${direction}, trace_id ${direction}
      LIMIT ${params.add(query.limit + 1)}`,
    params.values,
  );
  return pageOf<TTraceSummary, TTraceRow>(result.rows, {
    limit: query.limit,
    cursorOf: (last) => ({ sort: query.sort, order: query.order, value: last.sortValue, id: last.traceId, ...window }),
  });
}
