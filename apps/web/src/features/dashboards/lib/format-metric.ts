// Units on every number: milliseconds as ms or s, money in USD with enough digits for fractions of a
// cent, counts compact (12.3k), rates as percentages. Pure.

const COMPACT = new Intl.NumberFormat("en", { notation: "compact", maximumFractionDigits: 1 });
const WHOLE = new Intl.NumberFormat("en", { maximumFractionDigits: 0 });

export function formatCount(value: number | null | undefined): string {
  if (value === null || value === undefined) return "–";
  return value >= 10_000 ? COMPACT.format(value) : WHOLE.format(value);
}

export function formatTokens(value: number | null | undefined): string {
  return value === null || value === undefined ? "–" : `${formatCount(value)} tok`;
}

export function formatUsd(value: number | null | undefined): string {
  if (value === null || value === undefined) return "–";
  if (value === 0) return "$0";
  // Two significant digits below a dollar: an LLM call costs fractions of a cent.
  if (Math.abs(value) < 1) return `$${Number(value.toPrecision(2))}`;
  return `$${value.toLocaleString("en", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

export function formatMs(value: number | null | undefined): string {
  if (value === null || value === undefined) return "–";
  if (value < 1_000) return `${value.toFixed(value < 10 ? 1 : 0)} ms`;
  return `${(value / 1_000).toFixed(value < 10_000 ? 2 : 1)} s`;
}

export function formatPercent(value: number | null | undefined): string {
  if (value === null || value === undefined) return "–";
  return `${(value * 100).toFixed(value < 0.1 ? 1 : 0)}%`;
}

/** A relative change against the previous period: "+12%", "−40%"; unknown is "–". */
export function formatChange(value: number | null | undefined): string {
  if (value === null || value === undefined) return "–";
  const percent = Math.round(value * 100);
  return percent > 0 ? `+${percent}%` : percent < 0 ? `−${Math.abs(percent)}%` : "0%";
}

export function formatScore(value: number | null | undefined): string {
  if (value === null || value === undefined) return "–";
  return value.toFixed(Math.abs(value) < 10 ? 2 : 1);
}

const BUCKET_LABELS = {
  minute: new Intl.DateTimeFormat("en", { hour: "2-digit", minute: "2-digit" }),
  hour: new Intl.DateTimeFormat("en", { month: "short", day: "numeric", hour: "2-digit" }),
  day: new Intl.DateTimeFormat("en", { month: "short", day: "numeric" }),
  week: new Intl.DateTimeFormat("en", { month: "short", day: "numeric" }),
} as const;

/** A bucket's start as an axis label fit for its size. */
export function formatBucket(time: number, granularity: keyof typeof BUCKET_LABELS): string {
  const label = BUCKET_LABELS[granularity].format(new Date(time));
  return granularity === "week" ? `Week of ${label}` : label;
}
