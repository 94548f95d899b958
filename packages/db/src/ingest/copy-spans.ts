import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import type { PoolClient } from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { SPAN_COLUMNS, spanKey } from "./insert-spans.ts";
import type { TSpanRow } from "./span-row.ts";

const COPY_SQL = `COPY span (${SPAN_COLUMNS.map(([column]) => `"${column}"`).join(", ")}) FROM STDIN`;

const EXISTING_KEYS_SQL = `
SELECT s.project_id, s.trace_id, s.span_id
  FROM span s
  JOIN unnest($1::text[], $2::text[]) AS t(project_id, trace_id)
    ON s.project_id = t.project_id AND s.trace_id = t.trace_id`;

/** PostgreSQL's unique_violation: a concurrent transaction stored one of these spans first. */
export const UNIQUE_VIOLATION = "23505";

/**
 * The fast way in: spans already stored (a retried batch) are looked up by their traces' key
 * prefix and left out, and the rest go in with COPY, which costs about half the CPU of a
 * multi-row INSERT (bench/results/ingest-breakdown.md). COPY has no ON CONFLICT, so if a
 * concurrent transaction commits one of the same spans first this throws unique_violation and the
 * caller redoes the transaction with the INSERT … ON CONFLICT path.
 */
export async function copyNewSpans(client: PoolClient, rows: TSpanRow[]): Promise<Set<string>> {
  const traces = uniqueTraces(rows);
  const existing = await client.query<{ project_id: string; trace_id: string; span_id: string }>(EXISTING_KEYS_SQL, [
    traces.map(([projectId]) => projectId),
    traces.map(([, traceId]) => traceId),
  ]);
  const stored = new Set(existing.rows.map((row) => spanKey(row.project_id, row.trace_id, row.span_id)));
  const fresh = rows.filter((row) => !stored.has(spanKey(row.projectId, row.traceId, row.spanId)));
  if (fresh.length > 0) await pipeline(Readable.from(copyLines(fresh)), client.query(copyFrom(COPY_SQL)));
  return new Set(fresh.map((row) => spanKey(row.projectId, row.traceId, row.spanId)));
}

function uniqueTraces(rows: TSpanRow[]): [string, string][] {
  const seen = new Map<string, [string, string]>();
  for (const row of rows) seen.set(`${row.projectId}\u0000${row.traceId}`, [row.projectId, row.traceId]);
  return [...seen.values()];
}

/** Rows in COPY's text format, a few hundred at a time so a big batch is not one giant string. */
function* copyLines(rows: TSpanRow[]): Generator<string> {
  const CHUNK_ROWS = 128;
  for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
    let chunk = "";
    for (const row of rows.slice(start, start + CHUNK_ROWS)) {
      chunk += `${SPAN_COLUMNS.map(([, , read]) => copyField(read(row))).join("\t")}\n`;
    }
    yield chunk;
  }
}

const COPY_SPECIAL = /[\\\t\n\r]/g;
const HAS_COPY_SPECIAL = /[\\\t\n\r]/;
const COPY_ESCAPES: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };

/** One value in COPY text format: \N for NULL, backslash, tab and line breaks escaped. */
export function copyField(value: unknown): string {
  if (value === null || value === undefined) return "\\N";
  const text = typeof value === "string" ? value : String(value);
  return HAS_COPY_SPECIAL.test(text) ? text.replace(COPY_SPECIAL, (char) => COPY_ESCAPES[char]!) : text;
}
