// Metrics rows → chart data: one point per time bucket (empty buckets filled, so a quiet hour is a
// zero, not a gap the line jumps over), one column per series (model, provider), the smaller
// series folded into "Other" so a stacked chart stays readable. Pure.
import { bucketStarts, GRANULARITY_MS } from "@spanlight/core";
import type { TGranularity, TMetricsRow } from "@spanlight/core";

export const OTHER_SERIES = "Other";
export const UNKNOWN_SERIES = "(none)";
const MAX_SERIES = 6;

export type TTimePoint = { time: number; end: number } & Record<string, number | null>;

/** Bucket points for `measures` from rows grouped by time only. */
export function timePoints(options: {
  rows: TMetricsRow[];
  window: { from: string; to: string };
  granularity: TGranularity;
  measures: string[];
  /** 0 for sums and counts (nothing happened); null for means and percentiles (nothing to measure). */
  fill: 0 | null;
}): TTimePoint[] {
  const byTime = new Map(options.rows.map((row) => [Date.parse(String(row.time)), row]));
  return bucketStarts({ ...options.window, granularity: options.granularity }).map((time) => {
    const row = byTime.get(time);
    const point: TTimePoint = { time, end: time + GRANULARITY_MS[options.granularity] } as TTimePoint;
    for (const measure of options.measures)
      point[measure] = (row?.[measure] as number | null | undefined) ?? options.fill;
    return point;
  });
}

/**
 * Stacked points for one measure from rows grouped by time and `seriesKey`: the largest series by
 * total keep their names, the rest add up under OTHER_SERIES.
 */
export function stackedPoints(options: {
  rows: TMetricsRow[];
  window: { from: string; to: string };
  granularity: TGranularity;
  seriesKey: string;
  measure: string;
}): { points: TTimePoint[]; series: string[] } {
  const nameOf = (row: TMetricsRow) => (row[options.seriesKey] as string | null) ?? UNKNOWN_SERIES;
  const totals = new Map<string, number>();
  for (const row of options.rows)
    totals.set(nameOf(row), (totals.get(nameOf(row)) ?? 0) + Number(row[options.measure] ?? 0));
  const ranked = [...totals.entries()].filter(([, total]) => total > 0).sort((a, b) => b[1] - a[1]);
  const kept = ranked.slice(0, ranked.length > MAX_SERIES ? MAX_SERIES - 1 : MAX_SERIES).map(([name]) => name);
  const series = ranked.length > kept.length ? [...kept, OTHER_SERIES] : kept;
  const points = timePoints({
    rows: [],
    window: options.window,
    granularity: options.granularity,
    measures: series,
    fill: 0,
  });
  const byTime = new Map(points.map((point) => [point.time, point]));
  for (const row of options.rows) {
    const point = byTime.get(Date.parse(String(row.time)));
    if (!point) continue;
    const name = kept.includes(nameOf(row)) ? nameOf(row) : OTHER_SERIES;
    if (!series.includes(name)) continue;
    point[name] = (point[name] ?? 0) + Number(row[options.measure] ?? 0);
  }
  return { points, series };
}

/** The sum of a measure over rows (a chart's total in its header). */
export function totalOf(rows: TMetricsRow[], measure: string): number {
  return rows.reduce((sum, row) => sum + Number(row[measure] ?? 0), 0);
}
