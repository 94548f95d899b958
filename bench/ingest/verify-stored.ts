import pg from "pg";
import { SPANS_PER_TRACE } from "./generate-spans.ts";
import { sentSpanKeys } from "./request-templates.ts";
import type { TRequestTemplate, TSentRequest } from "./request-templates.ts";

const KEYS_PER_QUERY = 20_000;

export type TStoredCheck = {
  sentSpans: number;
  foundSpans: number;
  spansInProject: number;
  traces: number;
  spanCountSum: number;
  tracesWithWrongCount: number;
  isLossless: boolean;
};

/**
 * Zero spans lost: every (trace id, span id) the generator had acknowledged is in `span`, nothing
 * else is, and the trace rollups count each trace's 8 spans exactly once.
 */
export async function verifyStored(options: {
  databaseUrl: string;
  projectId: string;
  templates: TRequestTemplate[];
  sent: TSentRequest[];
}): Promise<TStoredCheck> {
  const client = new pg.Client({ connectionString: options.databaseUrl });
  await client.connect();
  try {
    const { traceIds, spanIds } = sentSpanKeys(options.templates, options.sent);
    let foundSpans = 0;
    for (let start = 0; start < traceIds.length; start += KEYS_PER_QUERY) {
      const result = await client.query<{ found: string }>(
        `SELECT count(*) AS found FROM span s
           JOIN unnest($2::text[], $3::text[]) AS k(trace_id, span_id) ON s.trace_id = k.trace_id AND s.span_id = k.span_id
          WHERE s.project_id = $1`,
        [
          options.projectId,
          traceIds.slice(start, start + KEYS_PER_QUERY),
          spanIds.slice(start, start + KEYS_PER_QUERY),
        ],
      );
      foundSpans += Number(result.rows[0]!.found);
    }
    const spans = await client.query<{ count: string }>("SELECT count(*) FROM span WHERE project_id = $1", [
      options.projectId,
    ]);
    const traces = await client.query<{ traces: string; span_count_sum: string; wrong: string }>(
      `SELECT count(*) AS traces, coalesce(sum(span_count), 0) AS span_count_sum,
              count(*) FILTER (WHERE span_count <> $2) AS wrong
         FROM trace WHERE project_id = $1`,
      [options.projectId, SPANS_PER_TRACE],
    );
    const row = traces.rows[0]!;
    const check = {
      sentSpans: traceIds.length,
      foundSpans,
      spansInProject: Number(spans.rows[0]!.count),
      traces: Number(row.traces),
      spanCountSum: Number(row.span_count_sum),
      tracesWithWrongCount: Number(row.wrong),
    };
    const isLossless =
      check.foundSpans === check.sentSpans &&
      check.spansInProject === check.sentSpans &&
      check.spanCountSum === check.sentSpans &&
      check.traces === check.sentSpans / SPANS_PER_TRACE &&
      check.tracesWithWrongCount === 0;
    return { ...check, isLossless };
  } finally {
    await client.end();
  }
}

export type TDatabaseFacts = { serverVersion: string; bytesPerSpan: Record<string, number> };

/** PostgreSQL's version and the stored size of a span row per project (to show both paths store the same rows). */
export async function readDatabaseFacts(options: {
  databaseUrl: string;
  projectIds: string[];
}): Promise<TDatabaseFacts> {
  const client = new pg.Client({ connectionString: options.databaseUrl });
  await client.connect();
  try {
    const version = await client.query<{ server_version: string }>("SHOW server_version");
    const bytesPerSpan: Record<string, number> = {};
    for (const projectId of options.projectIds) {
      const sample = await client.query<{ bytes: string | null }>(
        "SELECT avg(pg_column_size(s.*)) AS bytes FROM (SELECT * FROM span WHERE project_id = $1 LIMIT 5000) s",
        [projectId],
      );
      bytesPerSpan[projectId] = Number(sample.rows[0]!.bytes ?? 0);
    }
    return { serverVersion: version.rows[0]!.server_version, bytesPerSpan };
  } finally {
    await client.end();
  }
}

/** What ingestion stored, per span, before any COPY baseline wrote into the same tables. */
export type TStorage = {
  spanBytesPerSpan: number;
  searchBytesPerSpan: number;
  traceBytesPerSpan: number;
  spans: number;
};

export async function readStorage(databaseUrl: string): Promise<TStorage> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("VACUUM ANALYZE span, span_search, trace");
    const result = await client.query<{ span: string; search: string; trace: string; spans: string }>(
      `SELECT pg_total_relation_size('span') AS span, pg_total_relation_size('span_search') AS search,
              pg_total_relation_size('trace') AS trace, (SELECT count(*) FROM span) AS spans`,
    );
    const row = result.rows[0]!;
    const spans = Math.max(1, Number(row.spans));
    return {
      spanBytesPerSpan: Number(row.span) / spans,
      searchBytesPerSpan: Number(row.search) / spans,
      traceBytesPerSpan: Number(row.trace) / spans,
      spans,
    };
  } finally {
    await client.end();
  }
}
