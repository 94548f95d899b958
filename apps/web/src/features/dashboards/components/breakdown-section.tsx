"use client";

import type { TMetricGroup, TMetricView } from "@spanlight/core";
import { useMetrics } from "../hooks/use-metrics";
import type { TDashboardContext } from "../lib/dashboard-context";
import { formatChange, formatCount, formatMs, formatUsd } from "../lib/format-metric";
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
  /** Adds the change of `orderBy` against the previous period of the same length. */
  hasChange?: boolean;
  /** A trace counts once under each of its tags, so the rows' costs do not add up to a total. */
  isOverlapping?: boolean;
};

const COUNT = (label: string): TBreakdownColumn => ({ key: "count", label, format: formatCount });
const LATENCY: TBreakdownColumn[] = [
  { key: "latencyP50", label: "p50", format: formatMs },
  { key: "latencyP95", label: "p95", format: formatMs },
  { key: "latencyP99", label: "p99", format: formatMs },
];
const COST: TBreakdownColumn = { key: "costUsd", label: "Cost", format: formatUsd };
// The header carries the unit: "1,500 tok" wrapped in a third of the page.
const TOKENS: TBreakdownColumn = { key: "totalTokens", label: "Tokens", format: formatCount };
/** New in this period (nothing before) reads "new"; no previous cost, "–". */
const CHANGE: TBreakdownColumn = { key: "change", label: "vs prev.", format: formatChange };

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
  { title: "Top tags by cost", group: "tag", groupLabel: "Tag", listParam: "tags", isOverlapping: true },
].map((breakdown) => ({
  ...breakdown,
  description: breakdown.isOverlapping
    ? "USD, highest first, against the period before; a trace counts under each of its tags"
    : "USD over the window, highest first, against the period before",
  view: "traces" as const,
  group: breakdown.group as TMetricGroup,
  orderBy: "costUsd",
  columns: [COST, COUNT("Traces"), TOKENS],
  hasChange: true,
}));

const MODEL_COST: TBreakdown = {
  title: "Top models by cost",
  description: "USD of the model calls, highest first, against the period before",
  view: "spans",
  group: "model",
  groupLabel: "Model",
  listParam: "model",
  orderBy: "costUsd",
  columns: [COST, COUNT("Calls"), TOKENS],
  filters: { kind: MODEL_CALL_KINDS },
  hasChange: true,
};

const CHANGE_LOOKUP_LIMIT = 1_000;

function BreakdownCard({ context, breakdown }: { context: TDashboardContext; breakdown: TBreakdown }) {
  const isCost = breakdown.orderBy === "costUsd";
  const request = {
    view: breakdown.view,
    measures: breakdown.columns.map((column) => column.key),
    groupBy: [breakdown.group],
    orderBy: { measure: breakdown.orderBy, order: "desc" as const },
    filters: breakdown.filters,
  };
  const state = useMetrics(context.projectId, context.query({ ...request, limit: isCost ? 8 : 10 }));
  // The previous period's value of each row shown: its groups, looked up by key.
  const previous = useMetrics(
    context.projectId,
    breakdown.hasChange ? context.query({ ...request, limit: CHANGE_LOOKUP_LIMIT }, context.previousWindow) : null,
  );
  const before = new Map(previous.rows.map((row) => [row[breakdown.group], row[breakdown.orderBy] as number | null]));
  const rows = (isCost ? state.rows.filter((row) => row.costUsd !== null) : state.rows).map((row) => {
    if (!breakdown.hasChange || previous.isLoading) return row;
    const was = before.get(row[breakdown.group]) ?? null;
    const now = row[breakdown.orderBy] as number | null;
    return { ...row, change: was === null || was === 0 || now === null ? null : (now - was) / was };
  });
  const columns = breakdown.hasChange ? [...breakdown.columns, CHANGE] : breakdown.columns;
  return (
    <MetricCard
      title={breakdown.title}
      description={breakdown.description}
      headline={isCost && !breakdown.isOverlapping ? formatUsd(totalOf(rows, "costUsd")) : undefined}
      state={state}
      bodyClassName="h-auto min-h-40 px-3 py-2"
      isEmpty={rows.length === 0}
      emptyText={isCost ? "No priced traces in this window." : "Nothing in this window."}
    >
      <BreakdownTable
        rows={rows}
        groupKey={breakdown.group}
        groupLabel={breakdown.groupLabel}
        columns={columns}
        hrefOf={(value) => context.tracesHref({ filters: { [breakdown.listParam]: value } })}
      />
    </MetricCard>
  );
}

/** Latency per trace name and per model; where the money goes per user, session, trace name, tag and model. */
export function BreakdownSection({ context }: { context: TDashboardContext }) {
  return (
    <>
      <div className="grid gap-4 lg:grid-cols-2">
        {LATENCY_BREAKDOWNS.map((breakdown) => (
          <BreakdownCard key={breakdown.title} context={context} breakdown={breakdown} />
        ))}
      </div>
      <div className="grid gap-4 lg:grid-cols-2 xl:grid-cols-3">
        {[...COST_BREAKDOWNS, MODEL_COST].map((breakdown) => (
          <BreakdownCard key={breakdown.title} context={context} breakdown={breakdown} />
        ))}
      </div>
    </>
  );
}
