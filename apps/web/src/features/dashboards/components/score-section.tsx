"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { cn } from "@/lib/utils";
import { useMetrics } from "../hooks/use-metrics";
import { useScoreStats } from "../hooks/use-score-stats";
import type { TDashboardContext } from "../lib/dashboard-context";
import { formatCount, formatScore } from "../lib/format-metric";
import { timePoints, totalOf } from "../lib/series";
import { AXIS_TICK, GRID_COLOR, seriesColor, SERIES_COLORS } from "./chart-theme";
import { MetricCard } from "./metric-card";
import { TimeChart } from "./time-chart";
import type { TOpenBucket } from "./volume-section";

const MAX_CHOSEN = 4;

type TScoreSectionProps = {
  context: TDashboardContext;
  chosen: string[];
  onChoose: (names: string[]) => void;
  onOpen: TOpenBucket;
};

/** Mean score over time for the chosen names (of the filtered traces), and the first one's distribution. */
export function ScoreSection({ context, chosen, onChoose, onOpen }: TScoreSectionProps) {
  const names = useScoreStats({ projectId: context.projectId, window: context.window });
  const available = names.stats?.names ?? [];
  const shown = chosen.length > 0 ? chosen : available.slice(0, 1).map((entry) => entry.name);
  const measures = shown.flatMap((name) => [`scoreMean:${name}`, `scoreCount:${name}`]);
  const trend = useMetrics(
    context.projectId,
    shown.length > 0 ? context.query({ view: "traces", measures, groupBy: ["time"] }) : null,
  );
  const distribution = useScoreStats({ projectId: context.projectId, window: context.window, name: shown[0] });
  const points = timePoints({
    rows: trend.rows,
    window: context.window,
    granularity: context.granularity,
    measures,
    fill: null,
  });
  const scoreCount = shown.reduce((sum, name) => sum + totalOf(trend.rows, `scoreCount:${name}`), 0);
  const toggle = (name: string) =>
    onChoose(shown.includes(name) ? shown.filter((other) => other !== name) : [...shown, name].slice(-MAX_CHOSEN));
  const stats = distribution.stats?.stats;
  const bars = stats
    ? stats.dataType === "NUMERIC"
      ? stats.histogram.map((bin) => ({
          label: formatScore(bin.start),
          range: `${formatScore(bin.start)}–${formatScore(bin.end)}`,
          count: bin.count,
        }))
      : stats.categories.map((category) => ({ label: category.label, range: category.label, count: category.count }))
    : [];
  const noScores = !names.isLoading && available.length === 0;
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-1.5" role="group" aria-label="Score names">
        <span className="mr-1 text-12 font-medium text-zinc-500">Scores</span>
        {available.map((entry) => (
          <button
            key={entry.name}
            type="button"
            aria-pressed={shown.includes(entry.name)}
            onClick={() => toggle(entry.name)}
            className={cn(
              "rounded-full border px-2.5 py-0.5 text-12 transition-colors",
              shown.includes(entry.name)
                ? "border-brand bg-brand-soft text-brand-strong"
                : "border-zinc-200 bg-white text-zinc-600 hover:border-zinc-300",
            )}
          >
            {entry.name} <span className="text-zinc-400 tabular-nums">{formatCount(entry.count)}</span>
          </button>
        ))}
        {noScores ? (
          <span className="text-12 text-zinc-400">
            No scores in this window: send them with POST /api/public/scores or annotate traces.
          </span>
        ) : null}
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <MetricCard
          title="Score trends"
          headline={`${formatCount(scoreCount)} scores`}
          description={`Mean value per ${context.granularity} over the filtered traces' scores`}
          state={shown.length > 0 ? trend : names}
          isEmpty={shown.length === 0 || scoreCount === 0}
          emptyText="No scores on these traces in this window."
        >
          <TimeChart
            points={points}
            granularity={context.granularity}
            formatValue={formatScore}
            onBucketClick={(point) =>
              onOpen(
                { from: new Date(point.time).toISOString(), to: new Date(point.end).toISOString() },
                { hasScore: shown.join(",") },
              )
            }
            series={shown.map((name, index) => ({
              key: `scoreMean:${name}`,
              label: name,
              color: seriesColor(index, name),
              type: "line",
            }))}
          />
        </MetricCard>
        <MetricCard
          title={stats ? `Distribution of ${stats.name}` : "Distribution"}
          headline={stats?.mean !== undefined && stats?.mean !== null ? `mean ${formatScore(stats.mean)}` : undefined}
          description="Every score of this name given in the window"
          state={distribution}
          isEmpty={!stats || bars.length === 0}
          emptyText="Choose a score name above."
        >
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={bars} margin={{ top: 4, right: 4, bottom: 0, left: 0 }}>
              <CartesianGrid vertical={false} stroke={GRID_COLOR} />
              <XAxis dataKey="label" tick={AXIS_TICK} tickLine={false} axisLine={false} interval="preserveStartEnd" />
              <YAxis allowDecimals={false} width={40} tick={AXIS_TICK} tickLine={false} axisLine={false} />
              <Tooltip
                labelFormatter={(_label, payload) => String(payload[0]?.payload?.range ?? "")}
                formatter={(value) => `${formatCount(Number(value))} scores`}
              />
              <Bar
                dataKey="count"
                name="Scores"
                fill={SERIES_COLORS[0]}
                radius={[3, 3, 0, 0]}
                isAnimationActive={false}
              />
            </BarChart>
          </ResponsiveContainer>
        </MetricCard>
      </div>
    </div>
  );
}
