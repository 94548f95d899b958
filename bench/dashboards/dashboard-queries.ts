import type { TMetricsQueryInput } from "@spanlight/core";

const MODEL_CALLS = { kind: "LLM,EMBEDDING" };

/**
 * The metrics queries the project dashboard sends for one view (apps/web/src/features/dashboards/
 * components: tiles, volume, usage, breakdowns, model comparison), without the window. Score
 * queries are left out: the seeded spans carry no scores.
 */
export const DASHBOARD_QUERIES: { name: string; query: Omit<TMetricsQueryInput, "from" | "to"> }[] = [
  {
    name: "tiles (traces: count, errors, p50/p95/p99, tokens, cost)",
    query: {
      view: "traces",
      measures: ["count", "errorCount", "errorRate", "latencyP50", "latencyP95", "latencyP99", "totalTokens", "costUsd"],
    },
  },
  {
    name: "traces over time (count, errors, p50/p95/p99)",
    query: {
      view: "traces",
      measures: ["count", "errorCount", "errorRate", "latencyP50", "latencyP95", "latencyP99"],
      groupBy: ["time"],
    },
  },
  { name: "spans over time", query: { view: "spans", measures: ["count"], groupBy: ["time"] } },
  {
    name: "cost and tokens over time by model",
    query: { view: "spans", measures: ["costUsd", "totalTokens"], groupBy: ["time", "model"], filters: MODEL_CALLS },
  },
  {
    name: "latency by trace name",
    query: {
      view: "traces",
      measures: ["count", "latencyP50", "latencyP95", "latencyP99"],
      groupBy: ["traceName"],
      orderBy: { measure: "count", order: "desc" },
      limit: 10,
    },
  },
  {
    name: "latency and cost by model (comparison)",
    query: {
      view: "spans",
      measures: ["count", "costUsd", "latencyP50", "latencyP95", "latencyP99"],
      groupBy: ["model"],
      filters: MODEL_CALLS,
      orderBy: { measure: "count", order: "desc" },
      limit: 30,
    },
  },
  {
    name: "top users by cost",
    query: {
      view: "traces",
      measures: ["costUsd", "count", "totalTokens"],
      groupBy: ["userId"],
      orderBy: { measure: "costUsd", order: "desc" },
      limit: 8,
    },
  },
  {
    name: "top sessions by cost",
    query: {
      view: "traces",
      measures: ["costUsd", "count", "totalTokens"],
      groupBy: ["sessionId"],
      orderBy: { measure: "costUsd", order: "desc" },
      limit: 8,
    },
  },
];
