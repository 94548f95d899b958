import type { TRatingValue } from "../agreement/types.ts";

/**
 * Categorical values are compared by their text: `true` and `"true"`, `3` and `"3"` are the same
 * label. Ratings arrive from JSON bodies, CSV cells and span attributes, which disagree about types
 * for the same rubric, so a stricter identity would split one category into two.
 */
export function categoryKey(value: TRatingValue): string {
  return String(value);
}

/** Numbers as they are, booleans as 1/0, numeric text parsed; anything else is not a number. */
export function toNumber(value: TRatingValue): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "boolean") return value ? 1 : 0;
  const trimmed = value.trim();
  if (trimmed === "") return null;
  const parsed = Number(trimmed);
  return Number.isFinite(parsed) ? parsed : null;
}

export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

/** Sorts labels so that numeric labels read 1, 2, 10 and text labels alphabetically. */
export function compareLabels(a: string, b: string): number {
  const numberA = Number(a);
  const numberB = Number(b);
  const isNumericA = a.trim() !== "" && Number.isFinite(numberA);
  const isNumericB = b.trim() !== "" && Number.isFinite(numberB);
  if (isNumericA && isNumericB) return numberA - numberB;
  if (isNumericA !== isNumericB) return isNumericA ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Exact for the [0, 1] statistics here: chance agreement of 1 means the statistic is 0/0. */
export const EPSILON = 1e-12;
