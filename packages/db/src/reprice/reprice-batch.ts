import { countsUsage, ZSpanKind } from "@spanlight/core";
import type { PoolClient } from "pg";

/** A stored span as the pricer needs it. */
export type TStoredSpanUsage = {
  model: string | null;
  provider: string | null;
  startMs: number;
  inputTokens: number | null;
  outputTokens: number | null;
  totalTokens: number | null;
  cacheReadTokens: number | null;
  cacheWriteTokens: number | null;
  reasoningTokens: number | null;
};

export type TRepriceCost = {
  costUsd: number | null;
  inputCostUsd: number | null;
  outputCostUsd: number | null;
  priceId: string | null;
  costSource: "price" | "none";
};

/** Prices stored spans with one price table, loaded once per job so every batch uses the same prices. */
export type TSpanPricer = (span: TStoredSpanUsage) => TRepriceCost;

type TScope = { projectId: string; fromTime: Date; toTime: Date; model: string | null };
type TCursor = { traceId: string; spanId: string } | null;
type TBatchSpan = TStoredSpanUsage & {
  traceId: string;
  spanId: string;
  costUsd: number | null;
  priceId: string | null;
};

// Spans whose cost the instrumentation reported keep it: a reported cost always wins over a price.
const SCOPE_SQL = `project_id = $1 AND start_time >= $2 AND start_time < $3
  AND ($4::text IS NULL OR model = $4) AND model IS NOT NULL AND cost_source <> 'provided'`;

const USAGE_KINDS = ZSpanKind.options.filter(countsUsage);

export async function countSpansInScope(client: PoolClient, scope: TScope): Promise<number> {
  const result = await client.query<{ total: string }>(`SELECT count(*) AS total FROM span WHERE ${SCOPE_SQL}`, [
    scope.projectId,
    scope.fromTime,
    scope.toTime,
    scope.model,
  ]);
  return Number(result.rows[0]?.total ?? 0);
}

/** The next spans after the cursor, in span-key order (the key's index serves the keyset). */
export async function readBatch(client: PoolClient, options: { scope: TScope; cursor: TCursor; limit: number }) {
  const { scope, cursor } = options;
  const result = await client.query<TBatchSpan & { startTime: Date }>(
    `SELECT trace_id AS "traceId", span_id AS "spanId", model, provider, start_time AS "startTime",
            input_tokens AS "inputTokens", output_tokens AS "outputTokens", total_tokens AS "totalTokens",
            cache_read_tokens AS "cacheReadTokens", cache_write_tokens AS "cacheWriteTokens",
            reasoning_tokens AS "reasoningTokens", cost_usd AS "costUsd", price_id AS "priceId"
       FROM span
      WHERE ${SCOPE_SQL} AND ($5::text IS NULL OR (trace_id, span_id) > ($5, $6))
      ORDER BY trace_id, span_id
      LIMIT $7`,
    [
      scope.projectId,
      scope.fromTime,
      scope.toTime,
      scope.model,
      cursor?.traceId ?? null,
      cursor?.spanId ?? null,
      options.limit,
    ],
  );
  return result.rows.map((row) => ({ ...row, startMs: row.startTime.getTime() }));
}

/**
 * Writes the new costs of the spans that changed, then recomputes those traces' cost from all their
 * counted spans (core's countsUsage, the ingest rollup's rule). The trace rows are locked first, so a
 * concurrent ingest batch either committed before the sum (it is counted) or adds its delta after.
 * Returns how many spans changed.
 */
export async function applyBatch(
  client: PoolClient,
  options: { projectId: string; spans: TBatchSpan[]; pricer: TSpanPricer },
): Promise<number> {
  const changed = options.spans.flatMap((span) => {
    const cost = options.pricer(span);
    return cost.costUsd === span.costUsd && cost.priceId === span.priceId ? [] : [{ span, cost }];
  });
  if (changed.length === 0) return 0;
  await client.query(
    `UPDATE span s SET cost_usd = c.cost_usd, input_cost_usd = c.input_cost_usd, output_cost_usd = c.output_cost_usd,
            price_id = c.price_id, cost_source = c.cost_source
       FROM unnest($2::text[], $3::text[], $4::float8[], $5::float8[], $6::float8[], $7::text[], $8::text[])
            AS c(trace_id, span_id, cost_usd, input_cost_usd, output_cost_usd, price_id, cost_source)
      WHERE s.project_id = $1 AND s.trace_id = c.trace_id AND s.span_id = c.span_id`,
    [
      options.projectId,
      changed.map(({ span }) => span.traceId),
      changed.map(({ span }) => span.spanId),
      changed.map(({ cost }) => cost.costUsd),
      changed.map(({ cost }) => cost.inputCostUsd),
      changed.map(({ cost }) => cost.outputCostUsd),
      changed.map(({ cost }) => cost.priceId),
      changed.map(({ cost }) => cost.costSource),
    ],
  );
  const traceIds = [...new Set(changed.map(({ span }) => span.traceId))].sort();
  await client.query(
    `SELECT 1 FROM trace WHERE project_id = $1 AND trace_id = ANY($2::text[]) ORDER BY trace_id FOR UPDATE`,
    [options.projectId, traceIds],
  );
  await client.query(
    `UPDATE trace t SET cost_usd = r.cost_usd, has_cost = r.has_cost, updated_at = now()
       FROM (SELECT trace_id, COALESCE(sum(cost_usd), 0) AS cost_usd, bool_or(cost_usd IS NOT NULL) AS has_cost
               FROM span
              WHERE project_id = $1 AND trace_id = ANY($2::text[]) AND kind::text = ANY($3::text[])
              GROUP BY trace_id) r
      WHERE t.project_id = $1 AND t.trace_id = r.trace_id`,
    [options.projectId, traceIds, USAGE_KINDS],
  );
  return changed.length;
}
