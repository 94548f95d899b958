"use client";

import { useState } from "react";
import { Tabs, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { useMetrics } from "../hooks/use-metrics";
import type { TDashboardContext } from "../lib/dashboard-context";
import { formatCount, formatTokens, formatUsd } from "../lib/format-metric";
import { stackedPoints, totalOf } from "../lib/series";
import { seriesColor } from "./chart-theme";
import { MetricCard } from "./metric-card";
import { TimeChart } from "./time-chart";
import type { TChartSeries } from "./time-chart";
import type { TOpenBucket } from "./volume-section";

type TStackBy = "model" | "provider";

/** One bar series per model or provider, stacked, each with its colour ("Other" grey). */
function stackedBars(names: string[]): TChartSeries[] {
  return names.map((name, index) => ({
    key: name,
    label: name,
    color: seriesColor(index, name),
    type: "bar",
    stackId: "usage",
  }));
}

/** Model calls only (the usage rule of the trace rollup): wrappers repeat their children's usage. */
export const MODEL_CALL_KINDS = "LLM,EMBEDDING";

/** Cost and tokens over time, stacked by model or by provider. */
export function UsageSection({ context, onOpen }: { context: TDashboardContext; onOpen: TOpenBucket }) {
  const [stackBy, setStackBy] = useState<TStackBy>("model");
  const state = useMetrics(
    context.projectId,
    context.query({
      view: "spans",
      measures: ["costUsd", "totalTokens"],
      groupBy: ["time", stackBy],
      filters: { kind: MODEL_CALL_KINDS },
    }),
  );
  const base = { rows: state.rows, window: context.window, granularity: context.granularity, seriesKey: stackBy };
  const cost = stackedPoints({ ...base, measure: "costUsd" });
  const tokens = stackedPoints({ ...base, measure: "totalTokens" });
  const toggle = (
    <Tabs value={stackBy} onValueChange={(value) => setStackBy(value as TStackBy)}>
      <TabsList aria-label="Stack by" className="gap-3 border-0">
        <TabsTrigger value="model" className="h-7 text-12">
          By model
        </TabsTrigger>
        <TabsTrigger value="provider" className="h-7 text-12">
          By provider
        </TabsTrigger>
      </TabsList>
    </Tabs>
  );
  const open = (point: { time: number; end: number }) =>
    onOpen({ from: new Date(point.time).toISOString(), to: new Date(point.end).toISOString() });
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <MetricCard
        title="Cost"
        headline={formatUsd(totalOf(state.rows, "costUsd"))}
        description={`USD per ${context.granularity}, priced model calls`}
        state={state}
        actions={toggle}
        isEmpty={cost.series.length === 0}
        emptyText="No priced model calls in this window. Add prices under Settings → Model prices."
      >
        <TimeChart
          points={cost.points}
          granularity={context.granularity}
          formatValue={formatUsd}
          onBucketClick={open}
          series={stackedBars(cost.series)}
        />
      </MetricCard>
      <MetricCard
        title="Tokens"
        headline={formatTokens(totalOf(state.rows, "totalTokens"))}
        description={`Input + output tokens per ${context.granularity}, model calls`}
        state={state}
        isEmpty={tokens.series.length === 0}
        emptyText="No model calls with token counts in this window."
      >
        <TimeChart
          points={tokens.points}
          granularity={context.granularity}
          formatValue={formatCount}
          allowDecimals={false}
          onBucketClick={open}
          series={stackedBars(tokens.series)}
        />
      </MetricCard>
    </div>
  );
}
