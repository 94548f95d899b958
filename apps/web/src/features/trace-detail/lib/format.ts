// Number and time formatting for dense trace views: short, stable widths, no locale surprises.

const INTEGER = new Intl.NumberFormat("en-US");
const COMPACT = new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 });

export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return "–";
  if (ms < 1) return `${Math.round(ms * 1000)}µs`;
  if (ms < 1000) return `${ms < 10 ? ms.toFixed(1) : Math.round(ms)}ms`;
  const seconds = ms / 1000;
  if (seconds < 60) return `${seconds < 10 ? seconds.toFixed(2) : seconds.toFixed(1)}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m ${Math.round(seconds % 60)}s`;
  return `${Math.floor(minutes / 60)}h ${minutes % 60}m`;
}

export function formatInteger(value: number): string {
  return INTEGER.format(value);
}

/** 1234 → "1.2K"; small numbers stay exact. */
export function formatCompact(value: number): string {
  return value < 10_000 ? INTEGER.format(value) : COMPACT.format(value);
}

/** USD with two significant digits below a dollar, so sub-cent model calls stay readable ("$0.000016"). */
export function formatCost(usd: number): string {
  if (usd === 0) return "$0";
  if (usd < 0.000001) return "<$0.000001";
  if (usd >= 1) return `$${usd.toFixed(2)}`;
  const decimals = Math.max(2, 1 - Math.floor(Math.log10(usd)));
  return `$${trimZeros(usd.toFixed(decimals))}`;
}

/** Every digit a float carries, for tooltips: "$0.000009725 USD". */
export function formatCostExact(usd: number): string {
  return `$${usd.toLocaleString("en-US", { useGrouping: false, maximumSignificantDigits: 17 })} USD`;
}

/** Precise cost for breakdown tables. */
export function formatCostPrecise(usd: number): string {
  return `$${trimZeros(usd.toFixed(usd < 1 ? 8 : 4))}`;
}

/** Drops trailing zeros past the second decimal: "0.0000160" → "0.000016", "0.500" → "0.50". */
function trimZeros(fixed: string): string {
  return fixed.replace(/(\.\d{2}\d*?)0+$/, "$1");
}

/** An offset from the trace start, for axes and event times: "+1.25s". */
export function formatOffset(ms: number): string {
  return ms <= 0 ? "0" : `+${formatDuration(ms)}`;
}
