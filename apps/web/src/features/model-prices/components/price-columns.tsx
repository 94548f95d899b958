import type { TModelPriceInputContract } from "@spanlight/core";
import { TableCell, TableHead, TableRow } from "@/components/ui/table";

type TRateKey = "inputPerMTok" | "outputPerMTok" | "cacheReadPerMTok" | "cacheWritePerMTok" | "reasoningPerMTok";
type TRates = Pick<TModelPriceInputContract, TRateKey>;

/** The five rates both tables show, and what an unset optional rate is billed at (as ingestion does). */
const RATE_COLUMNS: { key: TRateKey; label: string; fallback: "input" | "output" | null }[] = [
  { key: "inputPerMTok", label: "Input", fallback: null },
  { key: "outputPerMTok", label: "Output", fallback: null },
  { key: "cacheReadPerMTok", label: "Cache read", fallback: "input" },
  { key: "cacheWritePerMTok", label: "Cache write", fallback: "input" },
  { key: "reasoningPerMTok", label: "Reasoning", fallback: "output" },
];

export const RATE_COLUMN_COUNT = RATE_COLUMNS.length;

// Sub-cent rates are common (gpt-5-nano caches at $0.005), so up to six decimals, never fewer than two.
const USD_PER_MTOK = new Intl.NumberFormat("en-US", {
  style: "currency",
  currency: "USD",
  minimumFractionDigits: 2,
  maximumFractionDigits: 6,
});

export function formatPerMTok(value: number): string {
  return USD_PER_MTOK.format(value);
}

/** The header's first row: a group label over the five rate columns. Other heads span both rows. */
export function RateGroupHead() {
  return (
    <TableHead colSpan={RATE_COLUMN_COUNT} className="h-7 border-b border-zinc-200 pt-1.5 text-center">
      USD per 1M tokens
    </TableHead>
  );
}

export function RateHeadRow() {
  return (
    <TableRow className="hover:bg-transparent">
      {RATE_COLUMNS.map((column) => (
        <TableHead key={column.key} className="h-8 px-3 text-right">
          {column.label}
        </TableHead>
      ))}
    </TableRow>
  );
}

export function RateCells({ rates }: { rates: TRates }) {
  return RATE_COLUMNS.map((column) => {
    const value = rates[column.key];
    return (
      <TableCell key={column.key} className="px-3 text-right font-mono text-12 whitespace-nowrap tabular-nums">
        {value === null ? (
          <span className="font-sans text-zinc-400" title={`Not set: billed at the ${column.fallback} rate`}>
            as {column.fallback}
          </span>
        ) : (
          <span className="text-zinc-900">{formatPerMTok(value)}</span>
        )}
      </TableCell>
    );
  });
}
