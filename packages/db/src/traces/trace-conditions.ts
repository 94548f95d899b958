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
 * Search reads `search_text` (see the search design note in list-traces.ts): the term is
 * lower-cased here because the column is stored lower-cased, which lets LIKE skip the per-row
 * lower() that ILIKE pays.
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
  if (query.model) add(`models && ${params.add(query.model)}::text[]`);
  if (query.kind) add(`kinds @> ${params.add(query.kind)}::text[]`);
  if (query.status) add(STATUS_CONDITIONS[query.status]);
  if (query.minLatencyMs !== undefined) add(`duration_ms >= ${params.add(query.minLatencyMs)}`);
  if (query.maxLatencyMs !== undefined) add(`duration_ms <= ${params.add(query.maxLatencyMs)}`);
  if (query.minCost !== undefined) add(`cost_usd >= ${params.add(query.minCost)}`);
  if (query.maxCost !== undefined) add(`cost_usd <= ${params.add(query.maxCost)}`);
  if (query.minTokens !== undefined) add(`total_tokens >= ${params.add(query.minTokens)}`);
  if (query.maxTokens !== undefined) add(`total_tokens <= ${params.add(query.maxTokens)}`);
  if (query.search) add(`search_text LIKE ${params.add(containsPattern(query.search.toLowerCase()))}`);
  conditions.push(...scoreConditions(query, params));
  return conditions;
}
