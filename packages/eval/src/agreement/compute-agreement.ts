import { categoryKey, toNumber } from "../shared/rating-values.ts";
import { cohenKappa } from "./cohen-kappa.ts";
import { fleissKappa } from "./fleiss-kappa.ts";
import { krippendorffAlpha } from "./krippendorff-alpha.ts";
import type { TAgreement, TAgreementLevel, TAgreementPair, TDisagreement, TRating, TRatingValue } from "./types.ts";

type TTargetRatings = { targetKey: string; byRater: Map<string, TRatingValue> };

/**
 * Agreement between raters over the targets they rated.
 *
 * - Targets with fewer than two ratings do not count anywhere (targets, raters and ratings count
 *   only counted targets). A rater who rated a target twice counts once, with their latest value.
 * - Values are equal by label for the nominal level and by number for the others (`"3"` equals `3`).
 * - `percentAgreement` is the share of agreeing rater pairs per target, averaged over targets (for
 *   two raters: the share of targets they agree on); null with no counted target.
 * - `cohenKappa` (unweighted) only with exactly two raters; `fleissKappa` only when `isCategorical`
 *   and every counted target has the same number of ratings.
 * - Degenerate inputs give null, never a made-up 1: a statistic whose chance agreement is 1 (a
 *   single category used throughout) is 0/0, as in irr and scikit-learn. Percent agreement stays
 *   defined there (1), which is what a reader needs to see that nothing disagreed.
 */
export function computeAgreement(input: {
  ratings: TRating[];
  level: TAgreementLevel;
  isCategorical: boolean;
}): TAgreement {
  const { level } = input;
  const counted = latestRatingsByTarget(input.ratings).filter((target) => target.byRater.size >= 2);
  const raters = [...new Set(counted.flatMap((target) => [...target.byRater.keys()]))].sort(compareText);
  const keyOf = (value: TRatingValue) => equalityKey(value, level);

  const units = counted.map((target) => [...target.byRater.values()]);
  const ratingCount = units.reduce((sum, unit) => sum + unit.length, 0);
  const hasEqualUnitSizes = units.every((unit) => unit.length === units[0]?.length);

  return {
    targets: counted.length,
    raters: raters.length,
    ratings: ratingCount,
    percentAgreement: percentAgreement(units.map((unit) => unit.map(keyOf))),
    krippendorffAlpha: krippendorffAlpha({ units, level }),
    cohenKappa:
      raters.length === 2 ? pairStatistics({ a: raters[0]!, b: raters[1]!, counted, keyOf }).cohenKappa : null,
    fleissKappa: input.isCategorical && hasEqualUnitSizes ? fleissKappa(units.map((unit) => unit.map(keyOf))) : null,
    pairs: raters.flatMap((a, index) => raters.slice(index + 1).map((b) => pairStatistics({ a, b, counted, keyOf }))),
    disagreements: disagreements({ counted, keyOf }),
  };
}

/** One entry per target in first-seen order; a rater's later rating replaces their earlier one. */
function latestRatingsByTarget(ratings: readonly TRating[]): TTargetRatings[] {
  const targets = new Map<string, TTargetRatings>();
  for (const rating of ratings) {
    let target = targets.get(rating.targetKey);
    if (target === undefined) {
      target = { targetKey: rating.targetKey, byRater: new Map() };
      targets.set(rating.targetKey, target);
    }
    target.byRater.set(rating.rater, rating.value);
  }
  return [...targets.values()];
}

function equalityKey(value: TRatingValue, level: TAgreementLevel): string {
  if (level === "nominal") return categoryKey(value);
  const numeric = toNumber(value);
  return numeric === null ? categoryKey(value) : String(numeric);
}

function percentAgreement(units: ReadonlyArray<readonly string[]>): number | null {
  if (units.length === 0) return null;
  let sum = 0;
  for (const unit of units) {
    let agreeing = 0;
    let pairs = 0;
    for (let i = 0; i < unit.length; i += 1) {
      for (let j = i + 1; j < unit.length; j += 1) {
        pairs += 1;
        if (unit[i] === unit[j]) agreeing += 1;
      }
    }
    sum += agreeing / pairs;
  }
  return sum / units.length;
}

function pairStatistics(input: {
  a: string;
  b: string;
  counted: readonly TTargetRatings[];
  keyOf: (value: TRatingValue) => string;
}): TAgreementPair {
  const { a, b, keyOf } = input;
  const pairs: Array<[string, string]> = [];
  for (const target of input.counted) {
    const valueA = target.byRater.get(a);
    const valueB = target.byRater.get(b);
    if (valueA !== undefined && valueB !== undefined) pairs.push([keyOf(valueA), keyOf(valueB)]);
  }
  const agreeing = pairs.filter(([x, y]) => x === y).length;
  return {
    a,
    b,
    n: pairs.length,
    percentAgreement: pairs.length === 0 ? null : agreeing / pairs.length,
    cohenKappa: cohenKappa({ pairs }),
  };
}

function disagreements(input: {
  counted: readonly TTargetRatings[];
  keyOf: (value: TRatingValue) => string;
}): TDisagreement[] {
  return input.counted
    .filter((target) => new Set([...target.byRater.values()].map(input.keyOf)).size > 1)
    .map((target) => ({
      targetKey: target.targetKey,
      values: [...target.byRater]
        .sort(([raterA], [raterB]) => compareText(raterA, raterB))
        .map(([rater, value]) => ({ rater, value })),
    }));
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
