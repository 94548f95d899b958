"use client";

import type { TScoreStats } from "@spanlight/core";
import { Bar, BarChart, CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { formatScoreValue } from "../lib/score-format";

type TStats = NonNullable<TScoreStats["stats"]>;

const BRAND = "var(--color-brand)";
const AXIS = { fontSize: 11, fill: "var(--color-zinc-500)" };
const DAY = new Intl.DateTimeFormat("en", { month: "short", day: "numeric" });
const HOUR = new Intl.DateTimeFormat("en", { hour: "numeric" });

/** A score name's distribution (histogram for numbers, bars for labels) and its trend over time. */
export function ScoreCharts({ stats, isHourly }: { stats: TStats; isHourly: boolean }) {
  const isNumeric = stats.dataType === "NUMERIC";
  const distribution = isNumeric
    ? stats.histogram.map((bin) => ({
        label: `${formatScoreValue(bin.start)}–${formatScoreValue(bin.end)}`,
        count: bin.count,
      }))
    : stats.categories.map((category) => ({ label: category.label, count: category.count }));
  const trend = stats.trend.map((point) => ({
    label: (isHourly ? HOUR : DAY).format(new Date(point.bucket)),
    count: point.count,
    mean: point.mean,
  }));
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <Card aria-label={`Distribution of ${stats.name}`}>
        <CardHeader>
          <CardTitle>Distribution</CardTitle>
          <CardDescription>
            {stats.count} {stats.count === 1 ? "score" : "scores"}
            {stats.mean !== null ? ` · mean ${formatScoreValue(stats.mean)}` : ""}
            {isNumeric ? " · 10 equal bins" : ""}
          </CardDescription>
        </CardHeader>
        <CardContent className="h-64">
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={distribution} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
              <CartesianGrid vertical={false} stroke="var(--color-zinc-100)" />
              <XAxis dataKey="label" tick={AXIS} tickLine={false} axisLine={false} interval={0} />
              <YAxis allowDecimals={false} tick={AXIS} tickLine={false} axisLine={false} />
              <Tooltip cursor={{ fill: "var(--color-zinc-50)" }} />
              <Bar dataKey="count" name="Scores" fill={BRAND} radius={[3, 3, 0, 0]} isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </CardContent>
      </Card>
      <Card aria-label={`Trend of ${stats.name}`}>
        <CardHeader>
          <CardTitle>Over time</CardTitle>
          <CardDescription>{isHourly ? "Per hour" : "Per day"}: mean value and how many were given</CardDescription>
        </CardHeader>
        <CardContent className="h-64">
          <ResponsiveContainer width="100%" height="100%">
            <LineChart data={trend} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
              <CartesianGrid vertical={false} stroke="var(--color-zinc-100)" />
              <XAxis dataKey="label" tick={AXIS} tickLine={false} axisLine={false} />
              <YAxis yAxisId="mean" tick={AXIS} tickLine={false} axisLine={false} />
              <YAxis
                yAxisId="count"
                orientation="right"
                allowDecimals={false}
                tick={AXIS}
                tickLine={false}
                axisLine={false}
              />
              <Tooltip />
              <Line
                yAxisId="mean"
                dataKey="mean"
                name="Mean"
                stroke={BRAND}
                strokeWidth={2}
                dot={{ r: 3 }}
                isAnimationActive={false}
              />
              <Line
                yAxisId="count"
                dataKey="count"
                name="Count"
                stroke="var(--color-zinc-400)"
                strokeDasharray="4 3"
                dot={false}
                isAnimationActive={false}
              />
            </LineChart>
          </ResponsiveContainer>
        </CardContent>
      </Card>
    </div>
  );
}
