"use client";

import type { TDashboardWindow } from "../lib/dashboard-url";
import { useMetrics } from "../hooks/use-metrics";
import type { TDashboardContext } from "../lib/dashboard-context";
import { formatCount, formatMs, formatPercent } from "../lib/format-metric";
import { timePoints, totalOf } from "../lib/series";
import type { TTimePoint } from "../lib/series";
import { ERROR_COLOR, SERIES_COLORS } from "./chart-theme";
import { MetricCard } from "./metric-card";
import { TimeChart } from "./time-chart";

const TRACE_MEASURES = ["count", "errorCount", "errorRate", "latencyP50", "latencyP95", "latencyP99"];

export type TOpenBucket = (window: TDashboardWindow, filters?: Record<string, string>) => void;

const bucketWindow = (point: TTimePoint): TDashboardWindow => ({
  from: new Date(point.time).toISOString(),
  to: new Date(point.end).toISOString(),
});

/** Traces and spans over time, the error rate, and trace latency percentiles. */
export function VolumeSection({ context, onOpen }: { context: TDashboardContext; onOpen: TOpenBucket }) {
  const traces = useMetrics(
    context.projectId,
    context.query({ view: "traces", measures: TRACE_MEASURES, groupBy: ["time"] }),
  );
  const spans = useMetrics(context.projectId, context.query({ view: "spans", measures: ["count"], groupBy: ["time"] }));
  const base = { window: context.window, granularity: context.granularity };
  const counts = timePoints({ ...base, rows: traces.rows, measures: ["count", "errorCount"], fill: 0 }).map(
    (point) => ({
      ...point,
      ok: (point.count ?? 0) - (point.errorCount ?? 0),
    }),
  );
  const rates = timePoints({
    ...base,
    rows: traces.rows,
    measures: ["errorRate", "latencyP50", "latencyP95", "latencyP99"],
    fill: null,
  });
  const spanPoints = timePoints({ ...base, rows: spans.rows, measures: ["count"], fill: 0 });
  const traceTotal = totalOf(traces.rows, "count");
  const errorTotal = totalOf(traces.rows, "errorCount");
  const open = (point: TTimePoint, filters?: Record<string, string>) => onOpen(bucketWindow(point), filters);
  const per = `per ${context.granularity}`;
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <MetricCard
        title="Traces"
        headline={`${formatCount(traceTotal)} traces`}
        description={`Traces ${per}, the failed ones in red`}
        state={traces}
        isEmpty={traceTotal === 0}
      >
        <TimeChart
          points={counts}
          granularity={context.granularity}
          formatValue={formatCount}
          allowDecimals={false}
          onBucketClick={(point) => open(point)}
          series={[
            { key: "ok", label: "Without errors", color: SERIES_COLORS[0], type: "bar", stackId: "traces" },
            { key: "errorCount", label: "With errors", color: ERROR_COLOR, type: "bar", stackId: "traces" },
          ]}
        />
      </MetricCard>
      <MetricCard
        title="Spans"
        headline={`${formatCount(totalOf(spans.rows, "count"))} spans`}
        description={`Spans ${per} of the traces above`}
        state={spans}
        isEmpty={totalOf(spans.rows, "count") === 0}
      >
        <TimeChart
          points={spanPoints}
          granularity={context.granularity}
          formatValue={formatCount}
          allowDecimals={false}
          onBucketClick={(point) => open(point)}
          series={[{ key: "count", label: "Spans", color: SERIES_COLORS[1], type: "bar" }]}
        />
      </MetricCard>
      <MetricCard
        title="Error rate"
        headline={traceTotal > 0 ? formatPercent(errorTotal / traceTotal) : "–"}
        description={`Share of traces with a failed span, ${per}`}
        state={traces}
        isEmpty={traceTotal === 0}
      >
        <TimeChart
          points={rates}
          granularity={context.granularity}
          formatValue={formatPercent}
          onBucketClick={(point) => open(point, { status: "error" })}
          series={[{ key: "errorRate", label: "Error rate", color: ERROR_COLOR, type: "area" }]}
        />
      </MetricCard>
      <MetricCard
        title="Trace latency"
        description={`p50, p95 and p99 of trace duration ${per} (exact percentiles)`}
        state={traces}
        isEmpty={traceTotal === 0}
      >
        <TimeChart
          points={rates}
          granularity={context.granularity}
          formatValue={formatMs}
          onBucketClick={(point) => open(point)}
          series={[
            { key: "latencyP50", label: "p50", color: SERIES_COLORS[2], type: "line" },
            { key: "latencyP95", label: "p95", color: SERIES_COLORS[3], type: "line" },
            { key: "latencyP99", label: "p99", color: SERIES_COLORS[4], type: "line" },
          ]}
        />
      </MetricCard>
    </div>
  );
}
