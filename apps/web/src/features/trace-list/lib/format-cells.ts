// Short, fixed-width numbers for the list's cells. Durations and costs come from the trace page's
// helpers (imported from features/trace-detail/lib/format) so both pages print a trace the same way.
import { formatCost, formatDuration } from "@/features/trace-detail/lib/format";

const COMPACT = new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 });
const INTEGER = new Intl.NumberFormat("en-US");

/** 950 → "950", 12_345 → "12.3k", 2_100_000 → "2.1m". */
export function formatTokens(value: number): string {
  return value < 1_000 ? INTEGER.format(value) : COMPACT.format(value).toLowerCase();
}

export function formatInteger(value: number): string {
  return INTEGER.format(value);
}

export { formatCost, formatDuration };

/** A min/max pair as one phrase: "≥ 100", "≤ 2", "100 – 2,000". */
export function formatBounds(min: string | null, max: string | null, format: (value: number) => string): string {
  if (min && max) return `${format(Number(min))} – ${format(Number(max))}`;
  if (min) return `≥ ${format(Number(min))}`;
  return `≤ ${format(Number(max))}`;
}
