import { z } from "zod";

export const GRANULARITIES = ["minute", "hour", "day", "week"] as const;
export type TGranularity = (typeof GRANULARITIES)[number];
export const ZGranularity = z
  .enum([...GRANULARITIES, "auto"])
  .meta({ description: "Bucket size of the `time` group; `auto` picks one from the window's length" });

export const GRANULARITY_MS: Record<TGranularity, number> = {
  minute: 60_000,
  hour: 3_600_000,
  day: 86_400_000,
  week: 7 * 86_400_000,
};

/** More buckets than this is a chart nobody can read and a response nobody wants. */
export const BUCKET_LIMIT = 2_000;

/** `auto` aims at 30 to 360 points: minutes up to 6 hours, hours up to 7 days, days up to 90, else weeks. */
const AUTO_STEPS: [number, TGranularity][] = [
  [6 * GRANULARITY_MS.hour, "minute"],
  [7 * GRANULARITY_MS.day, "hour"],
  [90 * GRANULARITY_MS.day, "day"],
];

export function resolveGranularity(options: {
  from: string;
  to: string;
  granularity: TGranularity | "auto";
}): TGranularity {
  if (options.granularity !== "auto") return options.granularity;
  const span = Date.parse(options.to) - Date.parse(options.from);
  return AUTO_STEPS.find(([upTo]) => span <= upTo)?.[1] ?? "week";
}

/** The UTC start of the bucket holding `time` (weeks start on Monday, as PostgreSQL's date_trunc). */
export function bucketStart(time: number, granularity: TGranularity): number {
  if (granularity !== "week") return Math.floor(time / GRANULARITY_MS[granularity]) * GRANULARITY_MS[granularity];
  const day = Math.floor(time / GRANULARITY_MS.day) * GRANULARITY_MS.day;
  const mondayOffset = (new Date(day).getUTCDay() + 6) % 7;
  return day - mondayOffset * GRANULARITY_MS.day;
}

/** Every bucket start from the one holding `from` up to (not including) `to`. */
export function bucketStarts(options: { from: string; to: string; granularity: TGranularity }): number[] {
  const step = GRANULARITY_MS[options.granularity];
  const end = Date.parse(options.to);
  const starts: number[] = [];
  for (let start = bucketStart(Date.parse(options.from), options.granularity); start < end; start += step) {
    starts.push(start);
    if (starts.length > BUCKET_LIMIT) break;
  }
  return starts;
}

export function bucketCount(options: { from: string; to: string; granularity: TGranularity }): number {
  return bucketStarts(options).length;
}
