import { categoryKey, EPSILON, toNumber } from "../shared/rating-values.ts";
import type { TAgreementLevel, TRatingValue, TValueProfile } from "./types.ts";

type TCategory = { key: string; numeric: number };

/**
 * Krippendorff's alpha through the coincidence matrix (Krippendorff 2011, "Computing
 * Krippendorff's Alpha-Reliability"), missing-aware: each inner array holds the values one unit
 * received, and units with fewer than two values are not pairable and drop out.
 *
 * Returns null when it is undefined: fewer than two pairable values, a non-numeric value at an
 * ordinal/interval/ratio level, or no expected disagreement at all (every pairable value is the same
 * category, so alpha is 0/0; the `krippendorff` package raises there and irr returns NaN).
 */
export function krippendorffAlpha(input: {
  units: ReadonlyArray<readonly TRatingValue[]>;
  level: TAgreementLevel;
}): number | null {
  const profiles: TValueProfile[] = [];
  for (const unit of input.units) {
    if (unit.length < 2) continue;
    const counts = new Map<string, number>();
    for (const value of unit) {
      const category = toCategory(value, input.level);
      if (category === null) return null;
      counts.set(category.key, (counts.get(category.key) ?? 0) + 1);
    }
    profiles.push({ values: [...counts].map(([key, count]) => ({ key, count })), targets: 1 });
  }
  return krippendorffAlphaOfProfiles({ profiles, level: input.level });
}

/**
 * The same from value profiles: each profile's coincidences count once per target that had it. At
 * the ordinal, interval and ratio levels a key is a number's text; another key makes alpha null.
 */
export function krippendorffAlphaOfProfiles(input: {
  profiles: readonly TValueProfile[];
  level: TAgreementLevel;
}): number | null {
  const categoriesByKey = new Map<string, TCategory>();
  for (const profile of input.profiles) {
    if (unitSizeOf(profile) < 2) continue;
    for (const { key } of profile.values) {
      if (categoriesByKey.has(key)) continue;
      const numeric = input.level === "nominal" ? 0 : toNumber(key);
      if (numeric === null) return null;
      categoriesByKey.set(key, { key, numeric });
    }
  }

  // Ordinal distances need the categories in rank order; the others do not care about order.
  const categories = [...categoriesByKey.values()].sort((a, b) => a.numeric - b.numeric);
  const indexByKey = new Map(categories.map((category, index) => [category.key, index]));
  const size = categories.length;
  const coincidences: number[][] = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  for (const profile of input.profiles) {
    const unitSize = unitSizeOf(profile);
    if (unitSize < 2) continue;
    for (const { key: keyC, count: countC } of profile.values) {
      for (const { key: keyK, count: countK } of profile.values) {
        const pairs = keyC === keyK ? countC * (countK - 1) : countC * countK;
        coincidences[indexByKey.get(keyC)!]![indexByKey.get(keyK)!]! += (profile.targets * pairs) / (unitSize - 1);
      }
    }
  }

  const marginals = coincidences.map((row) => row.reduce((sum, cell) => sum + cell, 0));
  const total = marginals.reduce((sum, value) => sum + value, 0);
  if (total < 2) return null;

  const distance = distanceFunction({ level: input.level, categories, marginals });
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < size; c += 1) {
    for (let k = 0; k < size; k += 1) {
      if (c === k) continue;
      const delta = distance(c, k);
      observed += coincidences[c]![k]! * delta;
      expected += marginals[c]! * marginals[k]! * delta;
    }
  }
  if (expected <= EPSILON) return null;
  return 1 - ((total - 1) * observed) / expected;
}

function unitSizeOf(profile: TValueProfile): number {
  let size = 0;
  for (const { count } of profile.values) size += count;
  return size;
}

function toCategory(value: TRatingValue, level: TAgreementLevel): TCategory | null {
  if (level === "nominal") return { key: categoryKey(value), numeric: 0 };
  const numeric = toNumber(value);
  return numeric === null ? null : { key: String(numeric), numeric };
}

/** δ²(c, k) for the level, over category indices (Krippendorff 2011, section D). */
function distanceFunction(input: {
  level: TAgreementLevel;
  categories: readonly TCategory[];
  marginals: readonly number[];
}): (c: number, k: number) => number {
  const { categories, marginals } = input;
  switch (input.level) {
    case "nominal":
      return (c, k) => (c === k ? 0 : 1);
    case "ordinal": {
      const cumulative = [0];
      for (const marginal of marginals) cumulative.push(cumulative.at(-1)! + marginal);
      return (c, k) => {
        const low = Math.min(c, k);
        const high = Math.max(c, k);
        const between = cumulative[high + 1]! - cumulative[low]!;
        return (between - (marginals[c]! + marginals[k]!) / 2) ** 2;
      };
    }
    case "interval":
      return (c, k) => (categories[c]!.numeric - categories[k]!.numeric) ** 2;
    case "ratio":
      return (c, k) => {
        const sum = categories[c]!.numeric + categories[k]!.numeric;
        // Two zeros are the same category; a zero against a positive value is as far as ratios go.
        return sum === 0 ? 0 : ((categories[c]!.numeric - categories[k]!.numeric) / sum) ** 2;
      };
    default: {
      const exhaustive: never = input.level;
      throw new Error(`Unknown level ${String(exhaustive)}`);
    }
  }
}
