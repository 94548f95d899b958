import type { TRatingValue } from "../agreement/types.ts";
import { categoryKey, mean, toNumber } from "../shared/rating-values.ts";
import type { TSideRating } from "./types.ts";

/**
 * One value per target for one side: the mean for numeric scores (non-numeric values ignored), the
 * majority label otherwise. A tie for the majority drops the target: picking either label would
 * invent a verdict the raters did not reach. Targets keep first-seen order.
 */
export function resolveSide(input: { ratings: readonly TSideRating[]; isNumeric: boolean }): Map<string, TRatingValue> {
  const grouped = new Map<string, TRatingValue[]>();
  for (const rating of input.ratings) {
    const values = grouped.get(rating.targetKey);
    if (values === undefined) grouped.set(rating.targetKey, [rating.value]);
    else values.push(rating.value);
  }
  const resolved = new Map<string, TRatingValue>();
  for (const [targetKey, values] of grouped) {
    const value = input.isNumeric ? meanValue(values) : majorityValue(values);
    if (value !== null) resolved.set(targetKey, value);
  }
  return resolved;
}

function meanValue(values: readonly TRatingValue[]): number | null {
  return mean(values.map(toNumber).filter((value): value is number => value !== null));
}

function majorityValue(values: readonly TRatingValue[]): TRatingValue | null {
  const counts = new Map<string, { value: TRatingValue; count: number }>();
  for (const value of values) {
    const key = categoryKey(value);
    const entry = counts.get(key);
    if (entry === undefined) counts.set(key, { value, count: 1 });
    else entry.count += 1;
  }
  let best: { value: TRatingValue; count: number } | null = null;
  let isTied = false;
  for (const entry of counts.values()) {
    if (best === null || entry.count > best.count) {
      best = entry;
      isTied = false;
    } else if (entry.count === best.count) {
      isTied = true;
    }
  }
  return best === null || isTied ? null : best.value;
}
