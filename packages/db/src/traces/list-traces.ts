import type { TTraceListPage, TTraceListQuery, TTraceSort, TTraceSummary } from "@spanlight/core";
import { getPool } from "../client.ts";
import { TRACE_SUMMARY_COLUMNS } from "./columns.ts";
import { decodeCursor, pageOf } from "./keyset-cursor.ts";
import { afterCursorSql, isoTime, SqlParams } from "./sql-fragments.ts";
import { scoreMeansSql } from "./score-conditions.ts";
import { traceConditions } from "./trace-conditions.ts";
import { resolveTimeWindow } from "./time-window.ts";

// Search design (the `search` filter). `trace.search_text` holds the lower-cased string values of
// the spans' input/output JSON (keys dropped), the root's first, capped at 2,048 characters, kept by
// the rollup upsert (ingest/upsert-traces.ts). A search is `search_text LIKE '%term%'` inside the
// time bound, with no index. Measured on this shared 2-core machine (load 5-8 from other work):
//
// Ingestion, SpanWriter on the ingestion benchmark's agent traces (61,440 spans, 8 a trace), CPU per
// 1,000 spans (wall-clock ratios swung 0.3-0.9 with the other load, so CPU is what compares):
//   no search text                 ~60 ms node + ~155 ms PostgreSQL
//   search_text, no index          +4 ms node; PostgreSQL the same within noise
//   search_text + pg_trgm GIN      +50 ms PostgreSQL (+33%), trace table twice the size: rejected
//   (with an 8,192 cap the GIN cost +80% of PostgreSQL's CPU, and the text alone +15 ms node)
// Reading, 1M traces over 7 days (143k in the last 24 h), every trace's text at the cap:
//   24 h, a term no trace has (the whole window scanned)    0.7 s (8,192 cap: 1.8-4.4 s)
//   24 h, a term most traces have                           ~20 ms (8,192 cap: 1.2-3.5 s)
//   7 days (1M rows), a term no trace has                   4.3 s
// 2,048 characters compress to about 1 KB and stay in the row, under the 2 KB TOAST threshold; 8 K
// went out of line, so every row scanned cost a TOAST fetch and a decompression, and the planner
// stopped walking the time index for common terms. The price: text past the cap (long child
// payloads) is not searchable. A window of 1M traces would scan for ~5 s; past that volume a
// trigram index on a separate, insert-once table is the next step.

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
  const scoreMeans = query.scoreColumns ? `, ${scoreMeansSql(query.scoreColumns, params)}` : "";
  const result = await getPool().query<TTraceRow & { scoreMeans?: Record<string, number> | null }>(
    `SELECT ${TRACE_SUMMARY_COLUMNS}${scoreMeans}, ${sort.cursorValue} AS "sortValue"
       FROM trace
      WHERE ${conditions.join(" AND ")}
      ORDER BY ${sort.column} ${direction}, trace_id ${direction}
      LIMIT ${params.add(query.limit + 1)}`,
    params.values,
  );
  // A trace with none of the asked scores answers `{}`, so a client can tell "asked" from "not asked".
  const rows = query.scoreColumns
    ? result.rows.map((row) => ({ ...row, scoreMeans: row.scoreMeans ?? {} }))
    : result.rows;
  return pageOf<TTraceSummary, TTraceRow>(rows, {
    limit: query.limit,
    cursorOf: (last) => ({ sort: query.sort, order: query.order, value: last.sortValue, id: last.traceId, ...window }),
  });
}
