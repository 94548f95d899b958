import type { TMeasure, TMetricsQuery, TMetricsResult, TMetricsRow } from "@spanlight/core";
import { getPool } from "../client.ts";
import { isoTime, SqlParams } from "../traces/sql-fragments.ts";
import { traceConditions } from "../traces/trace-conditions.ts";
import { METRIC_SOURCES } from "./metric-sources.ts";

// Method. Every figure is computed by PostgreSQL from the stored rows at query time: the trace
// rollup (one row per trace, kept at ingest under late and duplicate spans) for the traces view, and
// the spans of the matching traces for the spans view. Sums and counts are exact; percentiles are
// exact too (percentile_cont, linear interpolation between the two nearest values), so the error
// bound is 0. Speed at scale is measured in bench/dashboards (bench/results/dashboards.md).
//
// Every SQL piece comes from constant maps (metric-sources.ts); what the caller gave is a key into
// them or a parameter, never text in the statement. Aliases are positional (g0, m0) because score
// names are free text.

const TRACE_COLUMNS =
  "project_id, trace_id, start_time, duration_ms, error_count, input_tokens, output_tokens, total_tokens, cache_read_tokens, reasoning_tokens, cost_usd, has_cost, name, user_id, session_id, environment, release, tags, models";

type TScoreMeasure = Extract<TMeasure, { score: unknown }>;
type TScoreJoin = { measure: TScoreMeasure; alias: string };

/** The answer of POST /api/public/metrics and of the dashboard's charts. */
export async function queryMetrics(options: { projectId: string; query: TMetricsQuery }): Promise<TMetricsResult> {
  const { query } = options;
  const source = METRIC_SOURCES[query.view];
  const params = new SqlParams();
  const isSpans = query.view === "spans";
  // In the spans view `kind` and `model` pick the spans themselves; the other filters pick traces.
  const traceQuery = isSpans ? { ...query.filters, kind: undefined, model: undefined } : query.filters;
  const window = { from: query.from, to: query.to };
  const where = traceConditions({ projectId: options.projectId, query: traceQuery, window, params }).join(" AND ");
  const spanJoin = isSpans ? spanJoinSql(query, params) : "";

  const groupSelects = query.groupBy.map((group, index) => {
    const expression =
      group === "time"
        ? `date_trunc('${query.granularity}', ${source.time} AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'`
        : source.groups[group]!.select;
    return { group, alias: `g${index}`, expression };
  });
  const laterals = query.groupBy.flatMap((group) => (group === "time" ? [] : (source.groups[group]!.lateral ?? [])));
  const scoreJoins: TScoreJoin[] = query.measures.flatMap((measure, index) =>
    "score" in measure ? [{ measure, alias: `sc${index}` }] : [],
  );
  const scoreLaterals = scoreJoins.map(
    ({ measure, alias }) =>
      `LEFT JOIN LATERAL (SELECT sum(score.numeric_value) AS value_sum, count(score.numeric_value) AS value_count, count(*) AS all_count
         FROM score WHERE score.project_id = t.project_id AND ${source.scoreTarget} AND score.name = ${params.add(measure.name)}) ${alias} ON true`,
  );
  const measureSelects = query.measures.map((measure, index) => {
    const expression = "base" in measure ? source.measures[measure.base] : scoreMeasureSql(measure, `sc${index}`);
    return `${expression} AS m${index}`;
  });

  const groupAliases = groupSelects.map((select) => select.alias);
  const orderIndex = query.orderBy ? query.measures.findIndex((measure) => measure.key === query.orderBy!.measure) : -1;
  const orderBy = [
    ...(orderIndex >= 0 ? [`m${orderIndex} ${query.orderBy!.order === "asc" ? "ASC" : "DESC"} NULLS LAST`] : []),
    ...groupAliases.map((alias) => `${alias} ASC NULLS LAST`),
  ];
  const sql = `WITH t AS (SELECT ${TRACE_COLUMNS} FROM trace WHERE ${where})
    SELECT ${[...groupSelects.map(({ expression, alias }) => `${expression} AS ${alias}`), ...measureSelects].join(", ")}
      FROM t ${spanJoin} ${[...laterals, ...scoreLaterals].join(" ")}
      ${groupAliases.length > 0 ? `GROUP BY ${groupAliases.join(", ")}` : ""}
      ${orderBy.length > 0 ? `ORDER BY ${orderBy.join(", ")}` : ""}
      LIMIT ${params.add(query.limit)}`;
  // The bucket is formatted outside the grouping, so it groups on the timestamp, not on text.
  const formatted = groupSelects.some((select) => select.group === "time")
    ? `SELECT *, ${isoTime(groupSelects.find((select) => select.group === "time")!.alias)} AS time_text FROM (${sql}) AS grouped`
    : sql;
  const result = await getPool().query<Record<string, unknown>>(formatted, params.values);
  return { data: result.rows.map((row) => toMetricsRow(row, { query, groupAliases })) };
}

function spanJoinSql(query: TMetricsQuery, params: SqlParams): string {
  const conditions = ["s.project_id = t.project_id", "s.trace_id = t.trace_id"];
  if (query.filters.kind) conditions.push(`s.kind::text = ANY(${params.add(query.filters.kind)}::text[])`);
  if (query.filters.model) conditions.push(`s.model = ANY(${params.add(query.filters.model)}::text[])`);
  return `JOIN span s ON ${conditions.join(" AND ")}`;
}

function scoreMeasureSql(measure: TScoreMeasure, alias: string): string {
  if (measure.score === "scoreCount") return `COALESCE(sum(${alias}.all_count), 0)::float8`;
  return `(sum(${alias}.value_sum) / NULLIF(sum(${alias}.value_count), 0))::float8`;
}

function toMetricsRow(
  row: Record<string, unknown>,
  options: { query: TMetricsQuery; groupAliases: string[] },
): TMetricsRow {
  const output: TMetricsRow = {};
  options.query.groupBy.forEach((group, index) => {
    const value = group === "time" ? row.time_text : row[options.groupAliases[index]!];
    output[group] = value === null || value === undefined ? null : String(value);
  });
  options.query.measures.forEach((measure, index) => {
    const value = row[`m${index}`];
    output[measure.key] = value === null || value === undefined ? null : Number(value);
  });
  return output;
}
