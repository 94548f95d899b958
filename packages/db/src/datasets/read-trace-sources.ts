import { DATASET_FROM_TRACES_LIMIT, ZTraceListQuery } from "@spanlight/core";
import { getPool } from "../client.ts";
import { SqlParams } from "../traces/sql-fragments.ts";
import { resolveTimeWindow } from "../traces/time-window.ts";
import { traceConditions } from "../traces/trace-conditions.ts";

/** What a dataset item can be made of: one span of a trace, its feedback and its best correction. */
export type TTraceSource = {
  traceId: string;
  spanId: string;
  name: string;
  input: unknown;
  output: unknown;
  metadata: unknown;
  feedbackScoreIds: string[];
  correction: { scoreId: string; value: unknown } | null;
};

/**
 * The sources for `from-traces`: the given traces, or those a trace-list filter matches (the same
 * conditions as the list, score filters included; newest first, cut at DATASET_FROM_TRACES_LIMIT),
 * each as its root span, its first span named `spanName`, or the span `spanId` (one span picked in
 * the UI). Traces without that span are left out.
 */
export async function readTraceSources(options: {
  projectId: string;
  target: { traceIds: string[] } | { filter: Record<string, string> };
  spanName?: string;
  spanId?: string;
}): Promise<{ sources: TTraceSource[]; requested: number }> {
  const traceIds =
    "traceIds" in options.target
      ? [...new Set(options.target.traceIds)]
      : await filteredTraceIds(options.projectId, options.target.filter);
  if (traceIds.length === 0) return { sources: [], requested: 0 };
  const spanCondition = options.spanId
    ? "s.span_id = $3"
    : options.spanName
      ? "s.name = $3"
      : "s.parent_span_id IS NULL";
  const params: unknown[] = [options.projectId, traceIds];
  if (options.spanId ?? options.spanName) params.push(options.spanId ?? options.spanName);
  // Correction order (issue 13): an adjudicated annotation, then the latest annotation correction,
  // then the latest feedback correction, then one sent through the scores API (external review
  // tools); scores on the trace itself or on the chosen span count.
  const result = await getPool().query<TTraceSource & { correctionScoreId: string | null; correctionValue: unknown }>(
    `SELECT s.trace_id AS "traceId", s.span_id AS "spanId", s.name, s.input, s.output, s.metadata,
            coalesce((SELECT array_agg(f.id ORDER BY f.timestamp) FROM score f
                       WHERE f.project_id = s.project_id AND f.trace_id = s.trace_id AND f.source = 'FEEDBACK'
                         AND (f.span_id IS NULL OR f.span_id = s.span_id)), '{}') AS "feedbackScoreIds",
            c.id AS "correctionScoreId", c.correction AS "correctionValue"
       FROM (SELECT DISTINCT ON (s.trace_id) s.* FROM span s
              WHERE s.project_id = $1 AND s.trace_id = ANY($2::text[]) AND ${spanCondition}
              ORDER BY s.trace_id, s.start_time, s.span_id) s
       LEFT JOIN LATERAL (
         SELECT c.id, c.correction FROM score c
          WHERE c.project_id = s.project_id AND c.trace_id = s.trace_id AND c.correction IS NOT NULL
            AND c.source IN ('ANNOTATION', 'FEEDBACK', 'API') AND (c.span_id IS NULL OR c.span_id = s.span_id)
          ORDER BY (c.source = 'ANNOTATION' AND c.is_adjudicated) DESC, (c.source = 'ANNOTATION') DESC, (c.source = 'FEEDBACK') DESC, c.timestamp DESC, c.id DESC
          LIMIT 1) c ON TRUE`,
    params,
  );
  const order = new Map(traceIds.map((id, index) => [id, index]));
  const sources = result.rows
    .map((row) => ({
      traceId: row.traceId,
      spanId: row.spanId,
      name: row.name,
      input: row.input ?? null,
      output: row.output ?? null,
      metadata: row.metadata ?? null,
      feedbackScoreIds: row.feedbackScoreIds,
      correction: row.correctionScoreId ? { scoreId: row.correctionScoreId, value: row.correctionValue } : null,
    }))
    .sort((a, b) => order.get(a.traceId)! - order.get(b.traceId)!);
  return { sources, requested: traceIds.length };
}

async function filteredTraceIds(projectId: string, filter: Record<string, string>): Promise<string[]> {
  const query = ZTraceListQuery.parse(filter);
  const params = new SqlParams();
  const window = resolveTimeWindow(query, null);
  const conditions = traceConditions({ projectId, query, window, params });
  const result = await getPool().query<{ traceId: string }>(
    `SELECT trace_id AS "traceId" FROM trace WHERE ${conditions.join(" AND ")}
      ORDER BY start_time DESC, trace_id DESC LIMIT ${params.add(DATASET_FROM_TRACES_LIMIT)}`,
    params.values,
  );
  return result.rows.map((row) => row.traceId);
}
