/** One price row. Prices are USD per million tokens. */
export type TModelPrice = {
  id: string;
  modelName: string;
  /** Regex source, matched case-insensitively against the whole model string (it is anchored on use). */
  matchPattern: string;
  provider: string;
  inputPerMTok: number;
  outputPerMTok: number;
  /** Cache hits; when absent they are billed as input. */
  cacheReadPerMTok?: number;
  /** Cache creation; when absent it is billed as input. */
  cacheWritePerMTok?: number;
  /** Reasoning tokens; when absent they are billed as output (every major vendor does so today). */
  reasoningPerMTok?: number;
  /** The vendor page the price comes from. */
  source: string;
  /** ISO date on which the price was known to hold. */
  asOf: string;
  /** Epoch ms from which the row prices spans (by start time); absent: always (the built-in table). */
  effectiveFromMs?: number;
  /** Epoch ms from which the row no longer prices spans; absent or null: never retired. */
  retiredAtMs?: number | null;
};

export type TCostSource = "provided" | "price" | "none";

export type TSpanCost = {
  costUsd: number | null;
  inputCostUsd: number | null;
  outputCostUsd: number | null;
  priceId: string | null;
  costSource: TCostSource;
};
