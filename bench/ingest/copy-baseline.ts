import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { TSpanRow } from "@spanlight/db";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { nanosToIso } from "../../packages/db/src/ingest/insert-spans.ts";
import { findIdOffsets, stampNonce } from "../lib/id-template.ts";
import type { TIdTemplate } from "../lib/id-template.ts";
import type { TRequestTemplate } from "./request-templates.ts";
import { spanRowsOf } from "./server-rows.ts";

// The columns the server's writer fills, in its order (packages/db/src/ingest/insert-spans.ts).
const SPAN_COLUMNS: [string, (row: TSpanRow) => string | number | bigint | null][] = [
  ["project_id", (r) => r.projectId],
  ["trace_id", (r) => r.traceId],
  ["span_id", (r) => r.spanId],
  ["parent_span_id", (r) => r.parentSpanId],
  ["name", (r) => r.name],
  ["kind", (r) => r.kind],
  ["otel_span_kind", (r) => r.otelSpanKind],
  ["start_time", (r) => nanosToIso(r.startUnixNano)],
  ["end_time", (r) => nanosToIso(r.endUnixNano)],
  ["start_unix_nano", (r) => r.startUnixNano],
  ["end_unix_nano", (r) => r.endUnixNano],
  ["status_code", (r) => r.statusCode],
  ["status_message", (r) => r.statusMessage],
  ["model", (r) => r.model],
  ["provider", (r) => r.provider],
  ["input_tokens", (r) => r.inputTokens],
  ["output_tokens", (r) => r.outputTokens],
  ["total_tokens", (r) => r.totalTokens],
  ["cache_read_tokens", (r) => r.cacheReadTokens],
  ["cache_write_tokens", (r) => r.cacheWriteTokens],
  ["reasoning_tokens", (r) => r.reasoningTokens],
  ["cost_usd", (r) => r.costUsd],
  ["input_cost_usd", (r) => r.inputCostUsd],
  ["output_cost_usd", (r) => r.outputCostUsd],
  ["cost_source", (r) => r.costSource],
  ["price_id", (r) => r.priceId],
  ["user_id", (r) => r.userId],
  ["session_id", (r) => r.sessionId],
  ["environment", (r) => r.environment],
  ["release", (r) => r.release],
  ["prompt_name", (r) => r.promptName],
  ["prompt_version", (r) => r.promptVersion],
  ["scope_name", (r) => r.scopeName],
  ["input_preview", (r) => r.inputPreview],
  ["output_preview", (r) => r.outputPreview],
  ["input", (r) => r.inputJson],
  ["output", (r) => r.outputJson],
  ["input_messages", (r) => r.inputMessagesJson],
  ["output_messages", (r) => r.outputMessagesJson],
  ["model_parameters", (r) => r.modelParametersJson],
  ["metadata", (r) => r.metadataJson],
  ["attributes", (r) => r.attributesJson],
  ["resource_attributes", (r) => r.resourceAttributesJson],
  ["events", (r) => r.eventsJson],
  ["exceptions", (r) => r.exceptionsJson],
  ["links", (r) => r.linksJson],
  ["extra", (r) => r.extraJson],
];

export const COPY_SQL = `COPY span (${SPAN_COLUMNS.map(([column]) => `"${column}"`).join(", ")}) FROM STDIN`;

/** COPY's text format: tab-separated, \N for NULL, backslash escapes. */
function copyField(value: string | number | bigint | null): string {
  if (value === null) return "\\N";
  if (typeof value !== "string") return String(value);
  return value.replace(
    /[\\\n\r\t]/g,
    (character) => ({ "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t" })[character]!,
  );
}

/** Rows in COPY's text format, the columns as the server's writer fills them. */
export function toCopyText(rows: TSpanRow[]): string {
  return rows.map((row) => `${SPAN_COLUMNS.map(([, read]) => copyField(read(row))).join("\t")}\n`).join("");
}

/** One request's rows as COPY text, with its ids locatable for stamping. */
export function buildCopyTemplate(template: TRequestTemplate, projectId: string): TIdTemplate {
  const rows = spanRowsOf(template.request, projectId);
  const bytes = Buffer.from(toCopyText(rows), "utf8");
  const ids = rows.map((row) => [row.traceId, row.spanId, ...(row.parentSpanId ? [row.parentSpanId] : [])]);
  return { bytes, offsets: findIdOffsets(bytes, ids, "hex"), encoding: "hex" };
}

// Baseline (b), the physical limit of storing the same information: the span's identity, parent,
// name, start time and its attributes as sent in one jsonb column; a primary key and a time index.
export const MINIMAL_TABLE_SQL = `
CREATE TABLE IF NOT EXISTS span_minimal (
  trace_id text NOT NULL, span_id text NOT NULL, parent_id text, name text NOT NULL,
  start_time timestamptz NOT NULL, attributes jsonb NOT NULL,
  PRIMARY KEY (trace_id, span_id));
CREATE INDEX IF NOT EXISTS span_minimal_start_time ON span_minimal (start_time)`;
export const MINIMAL_COPY_SQL =
  "COPY span_minimal (trace_id, span_id, parent_id, name, start_time, attributes) FROM STDIN";

/** One request's spans as COPY text for the minimal table (attributes as the server received them). */
export function buildMinimalCopyTemplate(template: TRequestTemplate): TIdTemplate {
  const rows = spanRowsOf(template.request, "minimal");
  const text = rows
    .map(
      (r) =>
        `${[r.traceId, r.spanId, r.parentSpanId, r.name, nanosToIso(r.startUnixNano), r.attributesJson].map(copyField).join("\t")}\n`,
    )
    .join("");
  const bytes = Buffer.from(text, "utf8");
  const ids = rows.map((row) => [row.traceId, row.spanId, ...(row.parentSpanId ? [row.parentSpanId] : [])]);
  return { bytes, offsets: findIdOffsets(bytes, ids, "hex"), encoding: "hex" };
}

export type TCopyResult = { connections: number; rows: number; bytes: number; wallMs: number; batchMs: number[] };

/**
 * Raw COPY of `batches` batches (each one request's 512 rows, fresh ids) over `connections`
 * connections, one COPY statement per batch: the ceiling the ingestion path is compared with.
 * Batches are stamped before the clock starts so only PostgreSQL's work is timed.
 */
export async function runCopyBaseline(options: {
  databaseUrl: string;
  templates: TIdTemplate[];
  batches: number;
  connections: number;
  nextNonce: () => number;
  /** COPY into the server's `span` table (baseline a) unless given (baseline b: MINIMAL_COPY_SQL). */
  copySql?: string;
}): Promise<TCopyResult> {
  const copySql = options.copySql ?? COPY_SQL;
  const bodies = Array.from({ length: options.batches }, (_, index) =>
    stampNonce(options.templates[index % options.templates.length]!, options.nextNonce()),
  );
  const clients = await Promise.all(
    Array.from({ length: options.connections }, async () => {
      const client = new pg.Client({ connectionString: options.databaseUrl });
      await client.connect();
      return client;
    }),
  );
  const batchMs: number[] = [];
  let next = 0;
  const startedMs = performance.now();
  try {
    await Promise.all(
      clients.map(async (client) => {
        for (let index = next++; index < bodies.length; index = next++) {
          const batchStartedMs = performance.now();
          await pipeline(Readable.from([bodies[index]!]), client.query(copyFrom(copySql)));
          batchMs.push(performance.now() - batchStartedMs);
        }
      }),
    );
  } finally {
    await Promise.all(clients.map((client) => client.end()));
  }
  const wallMs = performance.now() - startedMs;
  const rows = bodies.reduce((total, body) => total + countLines(body), 0);
  return {
    connections: options.connections,
    rows,
    bytes: bodies.reduce((total, body) => total + body.length, 0),
    wallMs,
    batchMs,
  };
}

function countLines(buffer: Buffer): number {
  let lines = 0;
  for (let index = buffer.indexOf(10); index >= 0; index = buffer.indexOf(10, index + 1)) lines += 1;
  return lines;
}
