import { formatCost, formatCostExact } from "../lib/format";

type TCostValueProps = {
  usd: number | null;
  /** Shown instead of "$0" (lists leave zero cells quiet); "$0" itself when not given. */
  zero?: string;
};

/**
 * A cost as lists, headers and turns print it: short, with the exact value on hover, and "—" with
 * an explanation when nothing was priced (a "$0" there read as "free" for models we have no price of).
 */
export function CostValue({ usd, zero }: TCostValueProps) {
  if (usd === null) {
    return (
      <span title="Unpriced: no model price matches the models called" className="text-zinc-400">
        —
      </span>
    );
  }
  return <span title={formatCostExact(usd)}>{usd === 0 && zero !== undefined ? zero : formatCost(usd)}</span>;
}
