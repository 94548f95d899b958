import type { PoolClient } from "pg";
import type { TSpanRow } from "./span-row.ts";

// Column order of the unnest() insert: [column, array type, value of a row].
export const SPAN_COLUMNS: [string, string, (row: TSpanRow) => unknown][] = [
  ["project_id", "text", (r) => r.projectId],
  ["trace_id", "text", (r) => r.traceId],
  ["span_id", "text", (r) => r.spanId],
  ["parent_span_id", "text", (r) => r.parentSpanId],
  ["name", "text", (r) => r.name],
  ["kind", '"SpanKind"', (r) => r.kind],
  ["otel_span_kind", "smallint", (r) => r.otelSpanKind],
  ["start_time", "timestamptz", (r) => nanosToIso(r.startUnixNano)],
  ["end_time", "timestamptz", (r) => nanosToIso(r.endUnixNano)],
  ["start_unix_nano", "bigint", (r) => r.startUnixNano.toString()],
  ["end_unix_nano", "bigint", (r) => r.endUnixNano.toString()],
  ["status_code", "text", (r) => r.statusCode],
  ["status_message", "text", (r) => r.statusMessage],
  ["model", "text", (r) => r.model],
  ["provider", "text", (r) => r.provider],
  ["input_tokens", "integer", (r) => r.inputTokens],
  ["output_tokens", "integer", (r) => r.outputTokens],
  ["total_tokens", "integer", (r) => r.totalTokens],
  ["cache_read_tokens", "integer", (r) => r.cacheReadTokens],
  ["cache_write_tokens", "integer", (r) => r.cacheWriteTokens],
  ["reasoning_tokens", "integer", (r) => r.reasoningTokens],
  ["cost_usd", "double precision", (r) => r.costUsd],
  ["input_cost_usd", "double precision", (r) => r.inputCostUsd],
  ["output_cost_usd", "double precision", (r) => r.outputCostUsd],
  ["cost_source", "text", (r) => r.costSource],
  ["price_id", "text", (r) => r.priceId],
  ["user_id", "text", (r) => r.userId],
  ["session_id", "text", (r) => r.sessionId],
  ["environment", "text", (r) => r.environment],
  ["release", "text", (r) => r.release],
  ["prompt_name", "text", (r) => r.promptName],
  ["prompt_version", "text", (r) => r.promptVersion],
  ["scope_name", "text", (r) => r.scopeName],
  ["input_preview", "text", (r) => r.inputPreview],
  ["output_preview", "text", (r) => r.outputPreview],
  ["input", "jsonb", (r) => r.inputJson],
  ["output", "jsonb", (r) => r.outputJson],
  ["input_messages", "jsonb", (r) => r.inputMessagesJson],
  ["output_messages", "jsonb", (r) => r.outputMessagesJson],
  ["model_parameters", "jsonb", (r) => r.modelParametersJson],
  ["metadata", "jsonb", (r) => r.metadataJson],
  ["attributes", "jsonb", (r) => r.attributesJson],
  ["resource_attributes", "jsonb", (r) => r.resourceAttributesJson],
  ["events", "jsonb", (r) => r.eventsJson],
  ["exceptions", "jsonb", (r) => r.exceptionsJson],
  ["links", "jsonb", (r) => r.linksJson],
  ["extra", "jsonb", (r) => r.extraJson],
];

const INSERT_SPANS_SQL = `
INSERT INTO span (${SPAN_COLUMNS.map(([column]) => `"${column}"`).join(", ")})
SELECT * FROM unnest(${SPAN_COLUMNS.map(([, type], index) => `$${index + 1}::${type}[]`).join(", ")})
ON CONFLICT (project_id, trace_id, span_id) DO NOTHING
RETURNING project_id, trace_id, span_id`;

/**
 * Inserts spans with one statement (column arrays through unnest: one round trip, one plan) and
 * returns the keys that were new. Spans already stored are left untouched: spans are immutable and a
 * retried batch must not count twice.
 */
export async function insertSpans(client: PoolClient, rows: TSpanRow[]): Promise<Set<string>> {
  const columns = SPAN_COLUMNS.map(([, , read]) => rows.map(read));
  const result = await client.query<{ project_id: string; trace_id: string; span_id: string }>(INSERT_SPANS_SQL, columns);
  return new Set(result.rows.map((row) => spanKey(row.project_id, row.trace_id, row.span_id)));
}

export function spanKey(projectId: string, traceId: string, spanId: string): string {
  return `${projectId}\u0000${traceId}\u0000${spanId}`;
}

/** PostgreSQL keeps microseconds; the exact nanoseconds stay in *_unix_nano. */
export function nanosToIso(nanos: bigint): string {
  const millis = nanos / 1_000_000n;
  const micros = Number((nanos / 1_000n) % 1_000n);
  const iso = new Date(Number(millis)).toISOString();
  return `${iso.slice(0, 23)}${String(micros).padStart(3, "0")}Z`;
}
