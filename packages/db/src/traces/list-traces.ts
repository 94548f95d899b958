import type { TTraceListPage, TTraceListQuery, TTraceSort, TTraceSummary } from "@spanlight/core";
import { getPool } from "../client.ts";
import { TRACE_SUMMARY_COLUMNS } from "./columns.ts";
import { decodeCursor, pageOf } from "./keyset-cursor.ts";
import { afterCursorSql, isoTime, SqlParams } from "./sql-fragments.ts";
import { traceConditions } from "./trace-conditions.ts";
import { resolveTimeWindow } from "./time-window.ts";

// Search design (the `search` filter). Every span's text is stored whole, lower-cased, once, in
// `span_search` (ingest/search-body.ts: ids, names, string values of input, output and metadata) in
// the span's own transaction, and indexed by pg_trgm's GIN. A search is a semi-join from the
// time-bounded trace rows to `span_search.body LIKE '%term%'`: the planner either walks the
// (project_id, start_time) index and probes each trace's bodies by key (a common term fills the page
// after a few dozen traces) or asks the trigram index first (a rare or absent term touches only the
// few rows whose trigrams match). LIKE rechecks each candidate, so the index never changes an
// answer, only its speed. Why trigrams and not a `simple` tsvector: a tsvector matches whole words,
// and Chinese or Japanese text has no spaces, so a word inside a sentence is never a token; trigrams
// also find parts of words and identifiers. Measured: bench/results/explorer.md (search rows, and the
// ingest cost of the index) and bench/results/ingest.md.
// The earlier design (a 2,048-character `trace.search_text` scanned without an index) missed text
// past its cap and took ~1.1-1.4 s over 24 h at 1 M traces.

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
    conditions.push(
      afterCursorSql({ sortSql: sort.column, idSql: "trace_id", order: query.order, value, id: params.add(cursor.id) }),
    );
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
