import { parseItemSet, type TItemSetOptions } from "./parse-item-set.ts";

/** 1 when the output's item set equals the expected item set (order and duplicates aside), else 0. */
export function exactMatch(output: unknown, expected: unknown, options: TItemSetOptions = {}): 0 | 1 {
  const predicted = parseItemSet(output, options);
  const gold = new Set(parseItemSet(expected, options));
  return predicted.length === gold.size && predicted.every((item) => gold.has(item)) ? 1 : 0;
}

/** The run value: the mean of the item values; null for a run without items. */
export function aggregateExactMatch(values: readonly number[]): { exactMatch: number | null } {
  if (values.length === 0) return { exactMatch: null };
  return { exactMatch: values.reduce((sum, value) => sum + value, 0) / values.length };
}
