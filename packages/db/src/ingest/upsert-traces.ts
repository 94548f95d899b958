import type { PoolClient } from "pg";
import { nanosToIso } from "./insert-spans.ts";
import { isModelCall } from "./span-row.ts";
import type { TSpanRow } from "./span-row.ts";
import { betterPreview, mergePreviewSql } from "./trace-previews.ts";
import type { TPreviewCandidate } from "./trace-previews.ts";

/** What one batch adds to a trace; merged into the stored rollup by the upsert below. */
type TTraceDelta = {
  projectId: string;
  traceId: string;
  startUnixNano: bigint;
  endUnixNano: bigint;
  spanCount: number;
  errorCount: number;
  inputTokens: number;
  outputTokens: number;
  totalTokens: number;
  cacheReadTokens: number;
  cacheWriteTokens: number;
  reasoningTokens: number;
  costUsd: number;
  /** Whether a counted span carried a cost (0 included): without one the cost is unknown. */
  hasCost: boolean;
  explicitName: string | null;
  root: TSpanRow | null;
  inputPreview: TPreviewCandidate | null;
  outputPreview: TPreviewCandidate | null;
  userId: string | null;
  sessionId: string | null;
  environment: string | null;
  release: string | null;
  tags: Set<string>;
  models: Set<string>;
  kinds: Set<string>;
};

export function aggregateTraceDeltas(rows: TSpanRow[]): TTraceDelta[] {
  const deltas = new Map<string, TTraceDelta>();
  for (const row of rows) {
    const key = `${row.projectId}\u0000${row.traceId}`;
    const delta = deltas.get(key) ?? emptyDelta(row);
    deltas.set(key, delta);
    addSpan(delta, row);
  }
  // A stable order of trace keys keeps concurrent transactions locking rows in the same order.
  return [...deltas.values()].sort((a, b) =>
    a.projectId === b.projectId ? a.traceId.localeCompare(b.traceId) : a.projectId.localeCompare(b.projectId),
  );
}

function emptyDelta(row: TSpanRow): TTraceDelta {
  return {
    projectId: row.projectId,
    traceId: row.traceId,
    startUnixNano: row.startUnixNano,
    endUnixNano: row.endUnixNano,
    spanCount: 0,
    errorCount: 0,
    inputTokens: 0,
    outputTokens: 0,
    totalTokens: 0,
    cacheReadTokens: 0,
    cacheWriteTokens: 0,
    reasoningTokens: 0,
    costUsd: 0,
    hasCost: false,
    explicitName: null,
    root: null,
    inputPreview: null,
    outputPreview: null,
    userId: null,
    sessionId: null,
    environment: null,
    release: null,
    tags: new Set(),
    models: new Set(),
    kinds: new Set(),
  };
}

function addSpan(delta: TTraceDelta, row: TSpanRow): void {
  if (row.startUnixNano < delta.startUnixNano) delta.startUnixNano = row.startUnixNano;
  if (row.endUnixNano > delta.endUnixNano) delta.endUnixNano = row.endUnixNano;
  delta.inputPreview = betterPreview(delta.inputPreview, row, row.inputPreview);
  delta.outputPreview = betterPreview(delta.outputPreview, row, row.outputPreview);
  delta.spanCount += 1;
  if (row.statusCode === "ERROR") delta.errorCount += 1;
  if (isModelCall(row.kind)) {
    delta.inputTokens += row.inputTokens ?? 0;
    delta.outputTokens += row.outputTokens ?? 0;
    delta.totalTokens += row.totalTokens ?? (row.inputTokens ?? 0) + (row.outputTokens ?? 0);
    delta.cacheReadTokens += row.cacheReadTokens ?? 0;
    delta.cacheWriteTokens += row.cacheWriteTokens ?? 0;
    delta.reasoningTokens += row.reasoningTokens ?? 0;
    delta.costUsd += row.costUsd ?? 0;
    if (row.costUsd !== null) delta.hasCost = true;
  }
  if (row.parentSpanId === null && (!delta.root || row.startUnixNano < delta.root.startUnixNano)) delta.root = row;
  delta.explicitName ??= row.traceName;
  delta.userId ??= row.userId;
  delta.sessionId ??= row.sessionId;
  delta.environment ??= row.environment;
  delta.release ??= row.release;
  for (const tag of row.tags) delta.tags.add(tag);
  if (row.model) delta.models.add(row.model);
  delta.kinds.add(row.kind);
}

/** The stored set plus the batch's, sorted and without repeats; untouched when nothing is new. */
function unionSql(column: string): string {
  return `CASE WHEN EXCLUDED.${column} <@ t.${column} THEN t.${column}
    ELSE ARRAY(SELECT DISTINCT v FROM unnest(t.${column} || EXCLUDED.${column}) AS v ORDER BY v) END`;
}

// Merging rules: times widen, counts and totals add (only new spans reach here, so nothing counts
// twice), facts keep the first value seen, tags union, the root span once known names the trace, and
// each preview is replaced only by a better-ranked one (trace-previews.ts).
const UPSERT_TRACES_SQL = `
INSERT INTO trace AS t (
  project_id, trace_id, start_time, end_time, duration_ms, span_count, error_count,
  input_tokens, output_tokens, total_tokens, cache_read_tokens, cache_write_tokens, reasoning_tokens, cost_usd,
  explicit_name, root_span_id, root_span_name, name, user_id, session_id, environment, release, tags,
  input_preview, output_preview, models, kinds, input_preview_rank, output_preview_rank, has_cost
)
SELECT
  d.project_id, d.trace_id, d.start_time, d.end_time,
  EXTRACT(EPOCH FROM (d.end_time - d.start_time)) * 1000, d.span_count, d.error_count,
  d.input_tokens, d.output_tokens, d.total_tokens, d.cache_read_tokens, d.cache_write_tokens, d.reasoning_tokens, d.cost_usd,
  d.explicit_name, d.root_span_id, d.root_span_name, COALESCE(d.explicit_name, d.root_span_name), d.user_id, d.session_id,
  d.environment, d.release, ARRAY(SELECT jsonb_array_elements_text(d.tags)), d.input_preview, d.output_preview,
  ARRAY(SELECT jsonb_array_elements_text(d.models)), ARRAY(SELECT jsonb_array_elements_text(d.kinds)),
  d.input_preview_rank, d.output_preview_rank, d.has_cost
FROM unnest(
  $1::text[], $2::text[], $3::timestamptz[], $4::timestamptz[], $5::integer[], $6::integer[],
  $7::bigint[], $8::bigint[], $9::bigint[], $10::bigint[], $11::bigint[], $12::bigint[], $13::double precision[],
  $14::text[], $15::text[], $16::text[], $17::text[], $18::text[], $19::text[], $20::text[], $21::jsonb[],
  $22::text[], $23::text[], $24::jsonb[], $25::jsonb[], $26::text[], $27::text[], $28::boolean[]
) AS d(
  project_id, trace_id, start_time, end_time, span_count, error_count,
  input_tokens, output_tokens, total_tokens, cache_read_tokens, cache_write_tokens, reasoning_tokens, cost_usd,
  explicit_name, root_span_id, root_span_name, user_id, session_id, environment, release, tags,
  input_preview, output_preview, models, kinds, input_preview_rank, output_preview_rank, has_cost
)
ON CONFLICT (project_id, trace_id) DO UPDATE SET
  start_time = LEAST(t.start_time, EXCLUDED.start_time),
  end_time = GREATEST(t.end_time, EXCLUDED.end_time),
  duration_ms = EXTRACT(EPOCH FROM (GREATEST(t.end_time, EXCLUDED.end_time) - LEAST(t.start_time, EXCLUDED.start_time))) * 1000,
  span_count = t.span_count + EXCLUDED.span_count,
  error_count = t.error_count + EXCLUDED.error_count,
  input_tokens = t.input_tokens + EXCLUDED.input_tokens,
  output_tokens = t.output_tokens + EXCLUDED.output_tokens,
  total_tokens = t.total_tokens + EXCLUDED.total_tokens,
  cache_read_tokens = t.cache_read_tokens + EXCLUDED.cache_read_tokens,
  cache_write_tokens = t.cache_write_tokens + EXCLUDED.cache_write_tokens,
  reasoning_tokens = t.reasoning_tokens + EXCLUDED.reasoning_tokens,
  cost_usd = t.cost_usd + EXCLUDED.cost_usd,
  explicit_name = COALESCE(t.explicit_name, EXCLUDED.explicit_name),
  root_span_id = COALESCE(t.root_span_id, EXCLUDED.root_span_id),
  root_span_name = COALESCE(t.root_span_name, EXCLUDED.root_span_name),
  name = COALESCE(t.explicit_name, EXCLUDED.explicit_name, t.root_span_name, EXCLUDED.root_span_name),
  user_id = COALESCE(t.user_id, EXCLUDED.user_id),
  session_id = COALESCE(t.session_id, EXCLUDED.session_id),
  environment = COALESCE(t.environment, EXCLUDED.environment),
  release = COALESCE(t.release, EXCLUDED.release),
  tags = ${unionSql("tags")},
  models = ${unionSql("models")},
  kinds = ${unionSql("kinds")},
  ${mergePreviewSql("input_preview")},
  ${mergePreviewSql("output_preview")},
  has_cost = t.has_cost OR EXCLUDED.has_cost,
  updated_at = now()`;

export async function upsertTraces(client: PoolClient, deltas: TTraceDelta[]): Promise<void> {
  if (deltas.length === 0) return;
  const column = <T>(read: (delta: TTraceDelta) => T) => deltas.map(read);
  await client.query(UPSERT_TRACES_SQL, [
    column((d) => d.projectId),
    column((d) => d.traceId),
    column((d) => nanosToIso(d.startUnixNano)),
    column((d) => nanosToIso(d.endUnixNano)),
    column((d) => d.spanCount),
    column((d) => d.errorCount),
    column((d) => d.inputTokens),
    column((d) => d.outputTokens),
    column((d) => d.totalTokens),
    column((d) => d.cacheReadTokens),
    column((d) => d.cacheWriteTokens),
    column((d) => d.reasoningTokens),
    column((d) => d.costUsd),
    column((d) => d.explicitName),
    column((d) => d.root?.spanId ?? null),
    column((d) => d.root?.name ?? null),
    column((d) => d.userId),
    column((d) => d.sessionId),
    column((d) => d.environment),
    column((d) => d.release),
    // text[][] cannot be ragged, so each trace's tags travel as one JSON array.
    column((d) => JSON.stringify([...d.tags].sort())),
    column((d) => d.inputPreview?.text ?? null),
    column((d) => d.outputPreview?.text ?? null),
    column((d) => JSON.stringify([...d.models].sort())),
    column((d) => JSON.stringify([...d.kinds].sort())),
    column((d) => d.inputPreview?.rank ?? null),
    column((d) => d.outputPreview?.rank ?? null),
    column((d) => d.hasCost),
  ]);
}
