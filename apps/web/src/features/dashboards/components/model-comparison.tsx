"use client";

import Link from "next/link";
import {
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
  ZAxis,
} from "recharts";
import { Badge } from "@/components/ui/badge";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { useMetrics } from "../hooks/use-metrics";
import { useScoreStats } from "../hooks/use-score-stats";
import { comparisonRows } from "../lib/comparison-rows";
import type { TComparisonRow } from "../lib/comparison-rows";
import type { TDashboardContext } from "../lib/dashboard-context";
import { formatCount, formatMs, formatScore, formatUsd } from "../lib/format-metric";
import { AXIS_TICK, GRID_COLOR, OTHER_COLOR, SERIES_COLORS } from "./chart-theme";
import { MetricCard } from "./metric-card";
import { MODEL_CALL_KINDS } from "./usage-section";

const NO_SCORE = "__latency__";

type TModelComparisonProps = {
  context: TDashboardContext;
  scoreName: string | null;
  onScoreName: (name: string | null) => void;
};

/** Which model is worth it: cost per call against a score's mean (or p95 latency), the front highlighted. */
export function ModelComparison({ context, scoreName, onScoreName }: TModelComparisonProps) {
  const names = useScoreStats({ projectId: context.projectId, window: context.window });
  const scoreKey = scoreName ? `scoreMean:${scoreName}` : null;
  const calls = useMetrics(
    context.projectId,
    context.query({
      view: "spans",
      measures: ["count", "costUsd", "latencyP50", "latencyP95"],
      groupBy: ["model"],
      filters: { kind: MODEL_CALL_KINDS },
      orderBy: { measure: "count", order: "desc" },
      limit: 30,
    }),
  );
  const scores = useMetrics(
    context.projectId,
    scoreKey ? context.query({ view: "traces", measures: [scoreKey], groupBy: ["model"], limit: 200 }) : null,
  );
  const rows = comparisonRows({ calls: calls.rows, scores: scoreKey ? scores.rows : [], scoreKey });
  const yLabel = scoreName ? `Mean ${scoreName}` : "p95 latency";
  const placed = rows.filter(
    (row) => row.costPerCall !== null && (scoreName ? row.scoreMean !== null : row.latencyP95 !== null),
  );
  const point = (row: TComparisonRow) => ({
    model: row.model,
    x: row.costPerCall,
    y: scoreName ? row.scoreMean : row.latencyP95,
    calls: row.calls,
  });
  const front = placed
    .filter((row) => row.isOnFront)
    .sort((a, b) => a.costPerCall! - b.costPerCall!)
    .map(point);
  const others = placed.filter((row) => !row.isOnFront).map(point);
  const formatY = scoreName ? formatScore : formatMs;
  const picker = (
    <Select value={scoreName ?? NO_SCORE} onValueChange={(value) => onScoreName(value === NO_SCORE ? null : value)}>
      <SelectTrigger aria-label="Compare against" className="h-7 w-auto gap-1.5 text-12">
        <SelectValue />
      </SelectTrigger>
      <SelectContent>
        <SelectItem value={NO_SCORE}>p95 latency</SelectItem>
        {(names.stats?.names ?? []).map((entry) => (
          <SelectItem key={entry.name} value={entry.name}>
            Score: {entry.name}
          </SelectItem>
        ))}
      </SelectContent>
    </Select>
  );
  const state = { ...calls, isLoading: calls.isLoading || (scoreKey !== null && scores.isLoading) };
  return (
    <div className="grid gap-4 lg:grid-cols-5">
      <MetricCard
        title="Model comparison"
        description={`Cost per call against ${scoreName ? `the mean ${scoreName} of the traces using the model` : "p95 call latency"}; the Pareto front in colour`}
        state={state}
        actions={picker}
        className="lg:col-span-2"
        bodyClassName="h-72"
        isEmpty={placed.length === 0}
        emptyText={
          scoreName ? "No priced model with this score in the window." : "No priced model calls in this window."
        }
      >
        <ResponsiveContainer width="100%" height="100%">
          <ScatterChart margin={{ top: 8, right: 12, bottom: 8, left: 0 }}>
            <CartesianGrid stroke={GRID_COLOR} />
            <XAxis
              type="number"
              dataKey="x"
              name="Cost per call"
              tick={AXIS_TICK}
              tickFormatter={formatUsd}
              domain={["auto", "auto"]}
            />
            <YAxis
              type="number"
              dataKey="y"
              name={yLabel}
              width={56}
              tick={AXIS_TICK}
              tickFormatter={formatY}
              domain={["auto", "auto"]}
            />
            <ZAxis type="number" dataKey="calls" range={[60, 260]} name="Calls" />
            <Tooltip
              cursor={{ strokeDasharray: "3 3" }}
              formatter={(value, name) =>
                name === "Cost per call"
                  ? formatUsd(Number(value))
                  : name === "Calls"
                    ? formatCount(Number(value))
                    : formatY(Number(value))
              }
              labelFormatter={() => ""}
            />
            <Legend iconSize={8} wrapperStyle={{ fontSize: 12 }} />
            <Scatter
              name="Pareto front"
              data={front}
              fill={SERIES_COLORS[0]}
              line={{ stroke: SERIES_COLORS[0] }}
              isAnimationActive={false}
            />
            <Scatter name="Dominated" data={others} fill={OTHER_COLOR} isAnimationActive={false} />
          </ScatterChart>
        </ResponsiveContainer>
      </MetricCard>
      <MetricCard
        title="Per model"
        description="Model calls in the window; a model is on the front when no other is both cheaper and better"
        state={state}
        className="lg:col-span-3"
        bodyClassName="h-auto min-h-72 px-3 py-2"
        isEmpty={rows.length === 0}
        emptyText="No model calls in this window."
      >
        <Table aria-label="Model comparison table">
          <TableHeader>
            <TableRow>
              {["Model", "Calls", "Cost / call", "p50", "p95", yLabel.startsWith("Mean") ? yLabel : "Score", ""].map(
                (label, index) => (
                  <TableHead key={`${label}-${index}`} className={index === 0 ? "px-2" : "px-2 text-right"}>
                    {label}
                  </TableHead>
                ),
              )}
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.model} data-on-front={row.isOnFront}>
                <TableCell className="h-8 px-2 py-1">
                  <Link
                    href={context.tracesHref({ filters: { model: row.model } })}
                    className="hover:text-brand hover:underline"
                  >
                    {row.model}
                  </Link>
                </TableCell>
                <TableCell className="h-8 px-2 py-1 text-right tabular-nums">{formatCount(row.calls)}</TableCell>
                <TableCell className="h-8 px-2 py-1 text-right tabular-nums">
                  {row.costPerCall === null ? (
                    <span className="text-zinc-400">unpriced</span>
                  ) : (
                    formatUsd(row.costPerCall)
                  )}
                </TableCell>
                <TableCell className="h-8 px-2 py-1 text-right tabular-nums">{formatMs(row.latencyP50)}</TableCell>
                <TableCell className="h-8 px-2 py-1 text-right tabular-nums">{formatMs(row.latencyP95)}</TableCell>
                <TableCell className="h-8 px-2 py-1 text-right tabular-nums">
                  {scoreName ? formatScore(row.scoreMean) : "–"}
                </TableCell>
                <TableCell className="h-8 px-2 py-1 text-right">
                  {row.isOnFront ? <Badge tone="brand">Pareto front</Badge> : null}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </MetricCard>
    </div>
  );
}
