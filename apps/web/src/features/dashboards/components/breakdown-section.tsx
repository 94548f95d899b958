"use client";

import type { TMetricGroup, TMetricView } from "@spanlight/core";
import { useMetrics } from "../hooks/use-metrics";
import type { TDashboardContext } from "../lib/dashboard-context";
import { formatCount, formatMs, formatTokens, formatUsd } from "../lib/format-metric";
import { totalOf } from "../lib/series";
import { BreakdownTable } from "./breakdown-table";
import type { TBreakdownColumn } from "./breakdown-table";
import { MetricCard } from "./metric-card";
import { MODEL_CALL_KINDS } from "./usage-section";

type TBreakdown = {
  title: string;
  description: string;
  view: TMetricView;
  group: TMetricGroup;
  groupLabel: string;
  /** The trace-list param a row's value becomes. */
  listParam: string;
  orderBy: string;
  columns: TBreakdownColumn[];
  filters?: Record<string, string>;
};

const COUNT = (label: string): TBreakdownColumn => ({ key: "count", label, format: formatCount });
const LATENCY: TBreakdownColumn[] = [
  { key: "latencyP50", label: "p50", format: formatMs },
  { key: "latencyP95", label: "p95", format: formatMs },
  { key: "latencyP99", label: "p99", format: formatMs },
];
const COST: TBreakdownColumn = { key: "costUsd", label: "Cost", format: formatUsd };
const TOKENS: TBreakdownColumn = { key: "totalTokens", label: "Tokens", format: formatTokens };

const LATENCY_BREAKDOWNS: TBreakdown[] = [
  {
    title: "Latency by trace name",
    description: "Trace duration, the 10 busiest names",
    view: "traces",
    group: "traceName",
    groupLabel: "Trace name",
    listParam: "name",
    orderBy: "count",
    columns: [COUNT("Traces"), ...LATENCY],
  },
  {
    title: "Latency by model",
    description: "Duration of each model call, the 10 busiest models",
    view: "spans",
    group: "model",
    groupLabel: "Model",
    listParam: "model",
    orderBy: "count",
    columns: [COUNT("Calls"), ...LATENCY],
    filters: { kind: MODEL_CALL_KINDS },
  },
];

const COST_BREAKDOWNS: TBreakdown[] = [
  { title: "Top users by cost", group: "userId", groupLabel: "User", listParam: "userId" },
  { title: "Top sessions by cost", group: "sessionId", groupLabel: "Session", listParam: "sessionId" },
  { title: "Top trace names by cost", group: "traceName", groupLabel: "Trace name", listParam: "name" },
].map((breakdown) => ({
  ...breakdown,
  description: "USD over the window, highest first",
  view: "traces" as const,
  group: breakdown.group as TMetricGroup,
  orderBy: "costUsd",
  columns: [COST, COUNT("Traces"), TOKENS],
}));

function BreakdownCard({ context, breakdown }: { context: TDashboardContext; breakdown: TBreakdown }) {
  const state = useMetrics(
    context.projectId,
    context.query({
      view: breakdown.view,
      measures: breakdown.columns.map((column) => column.key),
      groupBy: [breakdown.group],
      orderBy: { measure: breakdown.orderBy, order: "desc" },
      limit: breakdown.orderBy === "costUsd" ? 8 : 10,
      filters: breakdown.filters,
    }),
  );
  const rows = breakdown.orderBy === "costUsd" ? state.rows.filter((row) => row.costUsd !== null) : state.rows;
  return (
    <MetricCard
      title={breakdown.title}
      description={breakdown.description}
      headline={breakdown.orderBy === "costUsd" ? formatUsd(totalOf(rows, "costUsd")) : undefined}
      state={state}
      bodyClassName="h-auto min-h-40 px-3 py-2"
      isEmpty={rows.length === 0}
      emptyText={breakdown.orderBy === "costUsd" ? "No priced traces in this window." : "Nothing in this window."}
    >
      <BreakdownTable
        rows={rows}
        groupKey={breakdown.group}
        groupLabel={breakdown.groupLabel}
        columns={breakdown.columns}
        hrefOf={(value) => context.tracesHref({ filters: { [breakdown.listParam]: value } })}
      />
    </MetricCard>
  );
}

/** Latency per trace name and per model; where the money goes per user, session and trace name. */
export function BreakdownSection({ context }: { context: TDashboardContext }) {
  return (
    <>
      <div className="grid gap-4 lg:grid-cols-2">
        {LATENCY_BREAKDOWNS.map((breakdown) => (
          <BreakdownCard key={breakdown.title} context={context} breakdown={breakdown} />
        ))}
      </div>
      <div className="grid gap-4 lg:grid-cols-3">
        {COST_BREAKDOWNS.map((breakdown) => (
          <BreakdownCard key={breakdown.title} context={context} breakdown={breakdown} />
        ))}
      </div>
    </>
  );
}
