import type { TProvidedCost, TUsage } from "../types.ts";
import { matchModelPrice } from "./match-model-price.ts";
import type { TModelPrice, TSpanCost } from "./types.ts";

export type TPriceSpanInput = {
  model: string | null;
  /** Kept for callers and future provider-specific rows; model names already tell the hosts apart. */
  provider: string | null;
  usage: TUsage;
  providedCost: TProvidedCost | null;
  /** The span's start (epoch ms): the price in effect then is used; absent, the one in effect now. */
  startMs?: number;
};

const NO_COST: TSpanCost = {
  costUsd: null,
  inputCostUsd: null,
  outputCostUsd: null,
  priceId: null,
  costSource: "none",
};
const PER_MILLION = 1_000_000;

/**
 * Cost of one span. A cost the instrumentation reported wins. Otherwise tokens × the first matching
 * price row: cache reads and writes at their own rates and reasoning at its rate, each taken OUT of
 * input / output first, because usage counts them inside those totals.
 */
export function priceSpan(span: TPriceSpanInput, prices: readonly TModelPrice[]): TSpanCost {
  if (span.providedCost !== null) {
    return {
      costUsd: span.providedCost.total,
      inputCostUsd: span.providedCost.input,
      outputCostUsd: span.providedCost.output,
      priceId: null,
      costSource: "provided",
    };
  }
  const { usage } = span;
  if (usage.input === null && usage.output === null && usage.cacheRead === null && usage.cacheWrite === null) {
    return NO_COST;
  }
  const price = matchModelPrice(span.model, prices, span.startMs);
  if (price === null) return NO_COST;

  const cacheRead = usage.cacheRead ?? 0;
  const cacheWrite = usage.cacheWrite ?? 0;
  const uncachedInput = Math.max(0, (usage.input ?? 0) - cacheRead - cacheWrite);
  const reasoning = usage.reasoning ?? 0;
  const visibleOutput = Math.max(0, (usage.output ?? 0) - reasoning);

  const inputCost =
    uncachedInput * price.inputPerMTok +
    cacheRead * (price.cacheReadPerMTok ?? price.inputPerMTok) +
    cacheWrite * (price.cacheWritePerMTok ?? price.inputPerMTok);
  const outputCost = visibleOutput * price.outputPerMTok + reasoning * (price.reasoningPerMTok ?? price.outputPerMTok);
  const inputCostUsd = roundUsd(inputCost / PER_MILLION);
  const outputCostUsd = roundUsd(outputCost / PER_MILLION);
  return {
    costUsd: roundUsd(inputCostUsd + outputCostUsd),
    inputCostUsd,
    outputCostUsd,
    priceId: price.id,
    costSource: "price",
  };
}

/** Twelve decimals: far below a token's price, and it hides float noise such as 0.30000000000000004. */
function roundUsd(value: number): number {
  return Math.round(value * 1e12) / 1e12;
}
