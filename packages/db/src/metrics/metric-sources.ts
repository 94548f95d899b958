import { countsUsage, ZSpanKind } from "@spanlight/core";
import type { TBaseMeasure, TMetricGroup, TMetricView } from "@spanlight/core";

/** The SQL of one view: what a row's time, latency, error and usage are, and how each group reads. */
type TSource = {
  /** Where a row's score targets are: the trace (any of its spans) or the span itself. */
  scoreTarget: string;
  measures: Record<TBaseMeasure, string>;
  groups: Record<TMetricGroup, { select: string; lateral?: string } | null>;
  time: string;
};

// The usage rule of the trace rollup (core's countsUsage): only model calls carry tokens and cost,
// since wrappers such as the AI SDK's ai.generateText repeat their children's usage. Trace rows
// already hold the rollup's sums; span rows apply the same rule here.
const USAGE_KINDS = ZSpanKind.options.filter(countsUsage);
const SPAN_COUNTS_USAGE = `s.kind::text IN (${USAGE_KINDS.map((kind) => `'${kind}'`).join(", ")})`;

function measuresOf(row: {
  latency: string;
  isError: string;
  usage: (column: string) => string;
  totalTokens: string;
  cost: string;
  hasCost: string;
}): Record<TBaseMeasure, string> {
  const percentile = (fraction: number) => `percentile_cont(${fraction}) WITHIN GROUP (ORDER BY ${row.latency})`;
  const sum = (expression: string) => `COALESCE(sum(${expression}), 0)::float8`;
  const errors = `count(*) FILTER (WHERE ${row.isError})`;
  return {
    count: "count(*)::float8",
    errorCount: `${errors}::float8`,
    errorRate: `${errors}::float8 / count(*)`,
    latencyP50: percentile(0.5),
    latencyP90: percentile(0.9),
    latencyP95: percentile(0.95),
    latencyP99: percentile(0.99),
    latencyMean: `avg(${row.latency})::float8`,
    inputTokens: sum(row.usage("input_tokens")),
    outputTokens: sum(row.usage("output_tokens")),
    totalTokens: sum(row.totalTokens),
    cacheReadTokens: sum(row.usage("cache_read_tokens")),
    reasoningTokens: sum(row.usage("reasoning_tokens")),
    // No priced row in the group: the cost is unknown (null), not 0, as the trace list says.
    costUsd: `CASE WHEN bool_or(${row.hasCost}) THEN ${sum(row.cost)} END`,
  };
}

/** A set-valued trace fact as one row per value; a trace without any keeps one row with null. */
function unnestGroup(alias: string, column: string) {
  return {
    select: `${alias}.value`,
    lateral: `CROSS JOIN LATERAL unnest(CASE WHEN cardinality(${column}) = 0 THEN ARRAY[NULL]::text[] ELSE ${column} END) AS ${alias}(value)`,
  };
}

const TRACE_FACT_GROUPS = {
  traceName: { select: "t.name" },
  userId: { select: "t.user_id" },
  sessionId: { select: "t.session_id" },
  environment: { select: "t.environment" },
  release: { select: "t.release" },
  tag: unnestGroup("g_tag", "t.tags"),
};

export const METRIC_SOURCES: Record<TMetricView, TSource> = {
  traces: {
    scoreTarget: "score.trace_id = t.trace_id",
    time: "t.start_time",
    measures: measuresOf({
      latency: "t.duration_ms",
      isError: "t.error_count > 0",
      usage: (column) => `t.${column}`,
      totalTokens: "t.total_tokens",
      cost: "t.cost_usd",
      hasCost: "t.has_cost",
    }),
    groups: {
      time: null,
      ...TRACE_FACT_GROUPS,
      // A trace counts once under each model it used (its whole cost and latency in each).
      model: unnestGroup("g_model", "t.models"),
      provider: null,
      promptName: null,
      promptVersion: null,
    },
  },
  spans: {
    scoreTarget: "score.trace_id = s.trace_id AND score.span_id = s.span_id",
    time: "s.start_time",
    measures: measuresOf({
      // From the nanoseconds as sent: timestamptz keeps microseconds only.
      latency: "((s.end_unix_nano - s.start_unix_nano) / 1e6)::float8",
      isError: "s.status_code = 'ERROR'",
      usage: (column) => `CASE WHEN ${SPAN_COUNTS_USAGE} THEN s.${column} END`,
      totalTokens: `CASE WHEN ${SPAN_COUNTS_USAGE} THEN COALESCE(s.total_tokens, COALESCE(s.input_tokens, 0) + COALESCE(s.output_tokens, 0)) END`,
      cost: `CASE WHEN ${SPAN_COUNTS_USAGE} THEN s.cost_usd END`,
      hasCost: `(${SPAN_COUNTS_USAGE} AND s.cost_usd IS NOT NULL)`,
    }),
    groups: {
      time: null,
      ...TRACE_FACT_GROUPS,
      model: { select: "s.model" },
      provider: { select: "s.provider" },
      promptName: { select: "s.prompt_name" },
      promptVersion: { select: "s.prompt_version" },
    },
  },
};
