"use client";

import type { TGranularity } from "@spanlight/core";
import {
  Area,
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { formatBucket } from "../lib/format-metric";
import type { TTimePoint } from "../lib/series";
import { AXIS_TICK, GRID_COLOR } from "./chart-theme";

export type TChartSeries = {
  key: string;
  label: string;
  color: string;
  type: "bar" | "line" | "area";
  stackId?: string;
  axis?: "left" | "right";
};

type TTimeChartProps = {
  points: TTimePoint[];
  series: TChartSeries[];
  granularity: TGranularity;
  formatValue: (value: number) => string;
  formatRight?: (value: number) => string;
  /** False for counts and tokens: a tick at 1.5 traces means nothing. */
  allowDecimals?: boolean;
  /** A click on a bucket: the dashboard opens the trace list for that bucket's window. */
  onBucketClick: (point: TTimePoint) => void;
};

/** Buckets over time as bars, lines or areas; a click anywhere on a bucket opens its traces. */
export function TimeChart(props: TTimeChartProps) {
  const { points, series, granularity, formatValue, formatRight, onBucketClick } = props;
  const hasRight = series.some((item) => item.axis === "right");
  const hasBars = series.some((item) => item.type === "bar");
  const formatterOf = (key: string) =>
    series.find((item) => item.key === key)?.axis === "right" && formatRight ? formatRight : formatValue;
  return (
    <ResponsiveContainer width="100%" height="100%">
      <ComposedChart
        data={points}
        margin={{ top: 4, right: 4, bottom: 0, left: 0 }}
        className="cursor-pointer"
        onClick={(state) => {
          // Bars answer their own clicks (below): the tooltip's index may lag a click that comes
          // without a hover first, and a bar knows its point.
          if (hasBars || state.activeTooltipIndex === null || state.activeTooltipIndex === undefined) return;
          const point = points[Number(state.activeTooltipIndex)];
          if (point) onBucketClick(point);
        }}
      >
        <CartesianGrid vertical={false} stroke={GRID_COLOR} />
        <XAxis
          dataKey="time"
          tick={AXIS_TICK}
          tickLine={false}
          axisLine={false}
          minTickGap={24}
          tickFormatter={(time: number) => formatBucket(time, granularity)}
        />
        <YAxis
          yAxisId="left"
          allowDecimals={props.allowDecimals ?? true}
          width={64}
          tick={AXIS_TICK}
          tickLine={false}
          axisLine={false}
          tickFormatter={(value: number) => formatValue(value)}
        />
        {hasRight ? (
          <YAxis
            yAxisId="right"
            orientation="right"
            width={48}
            tick={AXIS_TICK}
            tickLine={false}
            axisLine={false}
            tickFormatter={(value: number) => (formatRight ?? formatValue)(value)}
          />
        ) : null}
        <Tooltip
          labelFormatter={(time) => `${formatBucket(Number(time), granularity)} · click to open its traces`}
          formatter={(value, _name, item) => formatterOf(String(item.dataKey))(Number(value))}
        />
        {series.length > 1 ? <Legend iconSize={8} wrapperStyle={{ fontSize: 12 }} /> : null}
        {series.map((item) => {
          const common = {
            dataKey: item.key,
            name: item.label,
            yAxisId: item.axis ?? "left",
            isAnimationActive: false,
          };
          if (item.type === "bar")
            return (
              <Bar
                {...common}
                key={item.key}
                fill={item.color}
                stackId={item.stackId}
                maxBarSize={28}
                onClick={(entry) => {
                  const point = (entry as { payload?: TTimePoint }).payload;
                  if (point) onBucketClick(point);
                }}
              />
            );
          if (item.type === "area")
            return (
              <Area
                {...common}
                key={item.key}
                type="monotone"
                stroke={item.color}
                fill={item.color}
                fillOpacity={0.15}
                stackId={item.stackId}
              />
            );
          return (
            <Line
              {...common}
              key={item.key}
              type="monotone"
              stroke={item.color}
              strokeWidth={2}
              dot={false}
              connectNulls
            />
          );
        })}
      </ComposedChart>
    </ResponsiveContainer>
  );
}
