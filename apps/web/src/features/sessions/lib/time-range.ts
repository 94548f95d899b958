// The time windows the session and user lists offer, as the `range` URL param (`?range=7d`).

const HOUR_MS = 60 * 60 * 1000;

export const TIME_RANGES = [
  { value: "24h", label: "Last 24 hours", ms: 24 * HOUR_MS },
  { value: "7d", label: "Last 7 days", ms: 7 * 24 * HOUR_MS },
  { value: "30d", label: "Last 30 days", ms: 30 * 24 * HOUR_MS },
] as const;

export type TTimeRange = (typeof TIME_RANGES)[number]["value"];

export const DEFAULT_TIME_RANGE: TTimeRange = "24h";

export function parseTimeRange(value: string | undefined): TTimeRange {
  return TIME_RANGES.find((range) => range.value === value)?.value ?? DEFAULT_TIME_RANGE;
}

export function timeRangeLabel(range: TTimeRange): string {
  return TIME_RANGES.find((candidate) => candidate.value === range)?.label ?? range;
}

/** The window a range covers, ending at `now`, as the list queries take it. */
export function windowOf(range: TTimeRange, now: number): { from: string; to: string } {
  const { ms } = TIME_RANGES.find((candidate) => candidate.value === range) ?? TIME_RANGES[0];
  return { from: new Date(now - ms).toISOString(), to: new Date(now).toISOString() };
}
