import { parseItemSet, type TItemSetOptions } from "./parse-item-set.ts";

export type TSetPrf = {
  /** Items in both sets. */
  tp: number;
  /** Size of the output's item set. */
  predicted: number;
  /** Size of the expected item set. */
  gold: number;
  precision: number;
  recall: number;
  f1: number;
};

export type TSetPrfAggregate = {
  /** Micro: from the summed tp, predicted and gold. */
  precision: number | null;
  recall: number | null;
  f1: number | null;
  /** Macro: the mean of the per-item values (macro F1 is the mean of item F1s, not F1 of the means). */
  macroPrecision: number | null;
  macroRecall: number | null;
  macroF1: number | null;
};

/** Set precision/recall/F1 of one output against its expected output. */
export function setPrf(output: unknown, expected: unknown, options: TItemSetOptions = {}): TSetPrf {
  const predictedItems = parseItemSet(output, options);
  const goldItems = new Set(parseItemSet(expected, options));
  const tp = predictedItems.filter((item) => goldItems.has(item)).length;
  return prfFromCounts({ tp, predicted: predictedItems.length, gold: goldItems.size });
}

/**
 * P = tp/predicted, R = tp/gold, F1 = 2PR/(P+R), 0 when P + R = 0. Two empty sets are a perfect
 * answer (P = R = 1); an empty prediction against a non-empty gold has P = 0; a non-empty prediction
 * against an empty gold has R = 0 (nothing to recall, and everything predicted was wrong).
 */
export function prfFromCounts(counts: { tp: number; predicted: number; gold: number }): TSetPrf {
  const { tp, predicted, gold } = counts;
  if (predicted === 0 && gold === 0) return { tp, predicted, gold, precision: 1, recall: 1, f1: 1 };
  const precision = predicted === 0 ? 0 : tp / predicted;
  const recall = gold === 0 ? 0 : tp / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, predicted, gold, precision, recall, f1 };
}

/** Run-level P/R/F1 over item results; all null for a run without items. */
export function aggregateSetPrf(items: readonly TSetPrf[]): TSetPrfAggregate {
  if (items.length === 0) {
    return { precision: null, recall: null, f1: null, macroPrecision: null, macroRecall: null, macroF1: null };
  }
  const sum = (pick: (item: TSetPrf) => number) => items.reduce((total, item) => total + pick(item), 0);
  const micro = prfFromCounts({ tp: sum((i) => i.tp), predicted: sum((i) => i.predicted), gold: sum((i) => i.gold) });
  return {
    precision: micro.precision,
    recall: micro.recall,
    f1: micro.f1,
    macroPrecision: sum((i) => i.precision) / items.length,
    macroRecall: sum((i) => i.recall) / items.length,
    macroF1: sum((i) => i.f1) / items.length,
  };
}
