import type { TScoreCondition, TTraceListQuery } from "@spanlight/core";
import type { SqlParams } from "./sql-fragments.ts";

// Score filters are EXISTS / NOT EXISTS on `score` by (project_id, trace_id, name): the
// (project_id, trace_id) index finds a trace's few scores, so each condition costs one index probe
// per trace the time window and the other filters let through. A score on any span of the trace
// counts. Measured in bench/scores (see bench/results/scores.md).

const OPERATOR_SQL: Record<TScoreCondition["operator"], string> = {
  "=": "=",
  "!=": "<>",
  "<": "<",
  "<=": "<=",
  ">": ">",
  ">=": ">=",
};

function scoreOfTrace(params: SqlParams, name: string): string {
  return `SELECT 1 FROM score WHERE score.project_id = trace.project_id AND score.trace_id = trace.trace_id AND score.name = ${params.add(name)}`;
}

function valueSql(condition: TScoreCondition, params: SqlParams): string {
  const operator = OPERATOR_SQL[condition.operator];
  const { value } = condition;
  if (typeof value === "number") return `score.numeric_value ${operator} ${params.add(value)}::float8`;
  // Booleans are stored as "true"/"false" beside 1/0; labels as sent.
  return `score.string_value ${operator} ${params.add(String(value))}`;
}

/** The trace-list conditions for `score`, `hasScore` and `noScore`; the trace table is `trace`. */
export function scoreConditions(query: TTraceListQuery, params: SqlParams): string[] {
  const conditions: string[] = [];
  for (const condition of query.score ?? []) {
    conditions.push(`EXISTS (${scoreOfTrace(params, condition.name)} AND ${valueSql(condition, params)})`);
  }
  for (const name of query.hasScore ?? []) conditions.push(`EXISTS (${scoreOfTrace(params, name)})`);
  for (const name of query.noScore ?? []) conditions.push(`NOT EXISTS (${scoreOfTrace(params, name)})`);
  return conditions;
}

/** A `scoreMeans` column: `{name: mean}` over the asked names the trace has, or null without any. */
export function scoreMeansSql(names: string[], params: SqlParams): string {
  return `(SELECT jsonb_object_agg(means.name, means.mean) FROM (
      SELECT score.name, avg(score.numeric_value) AS mean FROM score
       WHERE score.project_id = trace.project_id AND score.trace_id = trace.trace_id
         AND score.name = ANY(${params.add(names)}::text[]) AND score.numeric_value IS NOT NULL
       GROUP BY score.name) means) AS "scoreMeans"`;
}
