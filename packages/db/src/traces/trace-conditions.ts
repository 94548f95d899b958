import type { TTraceListQuery } from "@spanlight/core";
import { scoreConditions } from "./score-conditions.ts";
import { containsPattern } from "./sql-fragments.ts";
import type { SqlParams } from "./sql-fragments.ts";
import type { TTimeWindow } from "./time-window.ts";

const STATUS_CONDITIONS: Record<NonNullable<TTraceListQuery["status"]>, string> = {
  error: "error_count > 0",
  ok: "error_count = 0",
};

/**
 * The WHERE conditions of a trace list, time bound first: (project_id, start_time) is the index
 * every list starts from. Array filters use the rollup's sets (tags, models, kinds), so no list
 * opens spans.
 *
 * Search reads `span_search` (see the search design note in list-traces.ts): the term is
 * lower-cased here because the bodies are stored lower-cased, so the trigram index serves a plain
 * LIKE and no row pays a lower() per query.
 */
export function traceConditions(options: {
  projectId: string;
  query: TTraceListQuery;
  window: TTimeWindow;
  params: SqlParams;
}): string[] {
  const { query, params } = options;
  const conditions = [
    `project_id = ${params.add(options.projectId)}`,
    `start_time >= ${params.add(options.window.from)}::timestamptz`,
    `start_time < ${params.add(options.window.to)}::timestamptz`,
  ];
  const add = (condition: string) => conditions.push(condition);
  if (query.name) add(`name ILIKE ${params.add(containsPattern(query.name))}`);
  if (query.userId) add(`user_id = ${params.add(query.userId)}`);
  if (query.sessionId) add(`session_id = ${params.add(query.sessionId)}`);
  if (query.tags) add(`tags @> ${params.add(query.tags)}::text[]`);
  if (query.environment) add(`environment = ${params.add(query.environment)}`);
  if (query.release) add(`release = ${params.add(query.release)}`);
  if (query.metadataKey) add(metadataCondition({ key: query.metadataKey, value: query.metadataValue, params }));
  if (query.model) add(`models && ${params.add(query.model)}::text[]`);
  if (query.kind) add(`kinds @> ${params.add(query.kind)}::text[]`);
  if (query.status) add(STATUS_CONDITIONS[query.status]);
  if (query.minLatencyMs !== undefined) add(`duration_ms >= ${params.add(query.minLatencyMs)}`);
  if (query.maxLatencyMs !== undefined) add(`duration_ms <= ${params.add(query.maxLatencyMs)}`);
  if (query.minCost !== undefined) add(`cost_usd >= ${params.add(query.minCost)}`);
  if (query.maxCost !== undefined) add(`cost_usd <= ${params.add(query.maxCost)}`);
  if (query.minTokens !== undefined) add(`total_tokens >= ${params.add(query.minTokens)}`);
  if (query.maxTokens !== undefined) add(`total_tokens <= ${params.add(query.maxTokens)}`);
  if (query.search) {
    add(`EXISTS (SELECT 1 FROM span_search s
      WHERE s.project_id = trace.project_id AND s.trace_id = trace.trace_id
        AND s.body LIKE ${params.add(containsPattern(query.search.toLowerCase()))})`);
  }
  conditions.push(...scoreConditions(query, params));
  return conditions;
}

/**
 * Metadata lives on spans, not on the rollup: a trace matches when one of its spans has the key (and
 * value, as text). The probe reads the span key's (project_id, trace_id) prefix per candidate row,
 * after the cheaper rollup conditions and inside the time bound, so it costs a few index lookups
 * per trace of the window rather than a scan of all spans.
 */
function metadataCondition(options: { key: string; value: string | undefined; params: SqlParams }): string {
  const { key, value, params } = options;
  const match =
    value === undefined
      ? `s.metadata ? ${params.add(key)}`
      : `s.metadata ->> ${params.add(key)} = ${params.add(value)}`;
  return `EXISTS (SELECT 1 FROM span s WHERE s.project_id = trace.project_id AND s.trace_id = trace.trace_id AND ${match})`;
}
