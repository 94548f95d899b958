import type { TTraceListPage, TTraceListQuery, TTraceSort, TTraceSummary } from "@spanlight/core";
import { getPool } from "../client.ts";
import { TRACE_SUMMARY_COLUMNS } from "./columns.ts";
import { decodeCursor, pageOf } from "./keyset-cursor.ts";
import { afterCursorSql, containsPattern, isoTime, SqlParams } from "./sql-fragments.ts";
import { scoreMeansSql } from "./score-conditions.ts";
import { traceConditions } from "./trace-conditions.ts";
import { resolveTimeWindow } from "./time-window.ts";

// Search design (the `search` filter). Every span's text is stored whole, lower-cased, once, in
// `span_search` (ingest/search-body.ts: ids, names, string values of input, output and metadata) in
// the span's own transaction, and indexed by pg_trgm's GIN. A search is a semi-join from the
// time-bounded trace rows to `span_search.body LIKE '%term%'` in two steps (searchPage below): walk
// the first traces of the page order and probe each one's bodies by key (a common term fills the
// page after a few dozen traces), else ask the trigram index first (a rare or absent term touches
// only the few rows whose trigrams match). LIKE rechecks each candidate, so the index never changes an
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
 * How far the first step of a search walks in page order before it asks the trigram index: at most
 * this many traces and this many spans (a term in a third of traces fills a 50-row page after ~150
 * traces, ~1,500 spans). The span bound keeps one huge trace from making the walk slow: probing a
 * body costs ~25 µs, and a 100,000-span trace near the top of the list made a search take 4 s.
 */
const SEARCH_WALK = { traces: 1_000, spans: 3_000 } as const;

/**
 * One page of a project's traces: filtered, sorted, keyset-paginated on (sort value, trace_id).
 * A page starts strictly after the previous page's last row and the window is fixed by the first
 * page, so traces arriving meanwhile never shift or repeat the rows of later pages.
 */
export async function listTraces(options: { projectId: string; query: TTraceListQuery }): Promise<TTraceListPage> {
  const { query } = options;
  const cursor = query.cursor ? decodeCursor(query.cursor, { sort: query.sort, order: query.order }) : null;
  const window = resolveTimeWindow(query, cursor);
  const sort = SORT_COLUMNS[query.sort];
  const direction = query.order === "desc" ? "DESC" : "ASC";
  const orderBy = `ORDER BY ${sort.column} ${direction}, trace_id ${direction}`;
  // `scoreMeans` only when asked (scoreColumns): its names are parameters of the statement at hand.
  const selected = (params: SqlParams) => {
    const scoreMeans = query.scoreColumns ? `, ${scoreMeansSql(query.scoreColumns, params)}` : "";
    return `${TRACE_SUMMARY_COLUMNS}${scoreMeans}, ${sort.cursorValue} AS "sortValue"`;
  };
  // The search is not a plain condition: see the search design note above and searchPage below.
  const filters = () => {
    const params = new SqlParams();
    const conditions = traceConditions({
      projectId: options.projectId,
      query: { ...query, search: undefined },
      window,
      params,
    });
    if (cursor) {
      const value = `${params.add(cursor.value)}::${sort.cast}`;
      conditions.push(
        afterCursorSql({
          sortSql: sort.column,
          idSql: "trace_id",
          order: query.order,
          value,
          id: params.add(cursor.id),
        }),
      );
    }
    return { params, where: conditions.join(" AND ") };
  };
  // A trace with none of the asked scores answers `{}`, so a client can tell "asked" from "not asked".
  const withMeans = (rows: TTraceRow[]) =>
    query.scoreColumns ? rows.map((row) => ({ ...row, scoreMeans: row.scoreMeans ?? {} })) : rows;
  const toPage = (rows: TTraceRow[]) =>
    pageOf<TTraceSummary, TTraceRow>(withMeans(rows), {
      limit: query.limit,
      cursorOf: (last) => ({
        sort: query.sort,
        order: query.order,
        value: last.sortValue,
        id: last.traceId,
        ...window,
      }),
    });
  if (query.search) {
    return toPage(
      await searchPage({
        projectId: options.projectId,
        term: query.search,
        limit: query.limit,
        filters,
        selected,
        orderBy,
      }),
    );
  }
  const { params, where } = filters();
  const result = await getPool().query<TTraceRow>(
    `SELECT ${selected(params)} FROM trace WHERE ${where} ${orderBy} LIMIT ${params.add(query.limit + 1)}`,
    params.values,
  );
  return toPage(result.rows);
}

/**
 * A search page in at most two steps, because which plan is fast depends on how common the term
 * is, and PostgreSQL cannot tell (it has no statistics for multi-KB texts, so it guesses 0.5 % of
 * rows for any LIKE and would ask the index even for a term in every third trace: measured 3 s).
 * 1. Walk the first traces in page order (SEARCH_WALK) and probe each one's bodies by key: a common
 *    term fills the page here, and a small window is answered whole.
 * 2. Otherwise ask the trigram index for the traces that have the term, then page those.
 */
async function searchPage(options: {
  projectId: string;
  term: string;
  limit: number;
  filters: () => { params: SqlParams; where: string };
  selected: (params: SqlParams) => string;
  orderBy: string;
}): Promise<TTraceRow[]> {
  const term = options.term.toLowerCase();
  const walk = options.filters();
  // strpos, not LIKE, in the probe: the planner must not use the trigram index once per trace, and
  // strpos finds the same text faster (no pattern to interpret).
  const walked = await getPool().query<TTraceRow & { listed: string; walked: string }>(
    `SELECT ${options.selected(walk.params)}, listed, walked
       FROM (SELECT *, count(*) OVER () AS walked
               FROM (SELECT *, sum(span_count) OVER (${options.orderBy} ROWS UNBOUNDED PRECEDING) AS spans_through
                       FROM (SELECT *, count(*) OVER () AS listed
                               FROM (SELECT * FROM trace WHERE ${walk.where} ${options.orderBy}
                                      LIMIT ${walk.params.add(SEARCH_WALK.traces)}) AS listed_traces) AS counted) AS summed
              WHERE spans_through <= ${walk.params.add(SEARCH_WALK.spans)}) AS trace
      WHERE (SELECT true FROM span_search s
              WHERE s.project_id = trace.project_id AND s.trace_id = trace.trace_id
                AND strpos(s.body, ${walk.params.add(term)}) > 0
              LIMIT 1)
      ${options.orderBy}
      LIMIT ${walk.params.add(options.limit + 1)}`,
    walk.params.values,
  );
  const first = walked.rows[0];
  // The whole window was walked when it listed fewer traces than the bound and none was cut by spans.
  const isWindowWalked =
    first !== undefined && Number(first.listed) < SEARCH_WALK.traces && first.walked === first.listed;
  if (walked.rows.length > options.limit || isWindowWalked) {
    return walked.rows.map(({ listed: _listed, walked: _walked, ...row }) => row);
  }
  const pattern = containsPattern(term);
  const indexed = options.filters();
  const result = await getPool().query<TTraceRow>(
    `WITH hits AS MATERIALIZED (
       SELECT DISTINCT trace_id FROM span_search
        WHERE project_id = ${indexed.params.add(options.projectId)} AND body LIKE ${indexed.params.add(pattern)})
     SELECT ${options.selected(indexed.params)} FROM trace
      WHERE ${indexed.where} AND trace_id IN (SELECT trace_id FROM hits)
      ${options.orderBy}
      LIMIT ${indexed.params.add(options.limit + 1)}`,
    indexed.params.values,
  );
  return result.rows;
}
