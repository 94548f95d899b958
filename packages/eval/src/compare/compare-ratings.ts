import type { TRatingValue } from "../agreement/types.ts";
import { cohenKappa } from "../agreement/cohen-kappa.ts";
import { categoryKey, compareLabels, mean, toNumber } from "../shared/rating-values.ts";
import { pearson, spearman } from "./correlation.ts";
import { resolveSide } from "./resolve-side.ts";
import type { TAuthorComparison, TComparison, TSideRating } from "./types.ts";

export const DEFAULT_WORST_LIMIT = 20;

type TJoined = { targetKey: string; a: TRatingValue; b: TRatingValue };

/**
 * Compares two sides (e.g. an LLM judge against human annotations) over the targets both sides
 * rated. Several ratings of one side on a target resolve to their mean (numeric) or majority label
 * (ties drop the target). Numeric comparisons also give Pearson, Spearman and MAE; categorical ones
 * leave them null. Kappa and the confusion matrix treat each distinct value as a label either way.
 * `worst` lists the largest |a − b| first (numeric, exact matches left out) or the disagreements in
 * target order (categorical).
 */
export function compareRatings(input: {
  a: TSideRating[];
  b: TSideRating[];
  isNumeric: boolean;
  worstLimit?: number;
}): TComparison {
  const { isNumeric } = input;
  const sideB = resolveSide({ ratings: input.b, isNumeric });
  const joined = join(resolveSide({ ratings: input.a, isNumeric }), sideB);
  const summary = summarise({ joined, isNumeric });
  return {
    n: joined.length,
    accuracy: summary.accuracy,
    cohenKappa: summary.cohenKappa,
    confusion: confusion(joined),
    pearson: summary.pearson,
    spearman: isNumeric ? spearman(...numericColumns(joined)) : null,
    meanAbsoluteError: isNumeric ? mean(joined.map((pair) => Math.abs(toNumber(pair.a)! - toNumber(pair.b)!))) : null,
    byAuthor: byAuthor({ a: input.a, sideB, isNumeric }),
    worst: worst({ joined, isNumeric, limit: input.worstLimit ?? DEFAULT_WORST_LIMIT }),
  };
}

function join(sideA: ReadonlyMap<string, TRatingValue>, sideB: ReadonlyMap<string, TRatingValue>): TJoined[] {
  const joined: TJoined[] = [];
  for (const [targetKey, a] of sideA) {
    const b = sideB.get(targetKey);
    if (b !== undefined) joined.push({ targetKey, a, b });
  }
  return joined;
}

function summarise(input: {
  joined: readonly TJoined[];
  isNumeric: boolean;
}): Pick<TComparison, "accuracy" | "cohenKappa" | "pearson"> {
  const { joined, isNumeric } = input;
  const labelPairs = joined.map((pair) => [categoryKey(pair.a), categoryKey(pair.b)] as [string, string]);
  const matches = labelPairs.filter(([a, b]) => a === b).length;
  return {
    accuracy: joined.length === 0 ? null : matches / joined.length,
    cohenKappa: cohenKappa({ pairs: labelPairs }),
    pearson: isNumeric ? pearson(...numericColumns(joined)) : null,
  };
}

function numericColumns(joined: readonly TJoined[]): [number[], number[]] {
  // resolveSide gives numbers for numeric sides, so toNumber cannot fail here.
  return [joined.map((pair) => toNumber(pair.a)!), joined.map((pair) => toNumber(pair.b)!)];
}

function confusion(joined: readonly TJoined[]): TComparison["confusion"] {
  const labels = [...new Set(joined.flatMap((pair) => [categoryKey(pair.a), categoryKey(pair.b)]))].sort(compareLabels);
  const indexByLabel = new Map(labels.map((label, index) => [label, index]));
  const matrix = labels.map(() => new Array<number>(labels.length).fill(0));
  for (const pair of joined)
    matrix[indexByLabel.get(categoryKey(pair.a))!]![indexByLabel.get(categoryKey(pair.b))!]! += 1;
  return { labels, matrix };
}

function byAuthor(input: {
  a: readonly TSideRating[];
  sideB: ReadonlyMap<string, TRatingValue>;
  isNumeric: boolean;
}): TAuthorComparison[] {
  const ratingsByAuthor = new Map<string, TSideRating[]>();
  for (const rating of input.a) {
    const ratings = ratingsByAuthor.get(rating.author);
    if (ratings === undefined) ratingsByAuthor.set(rating.author, [rating]);
    else ratings.push(rating);
  }
  return [...ratingsByAuthor]
    .sort(([authorA], [authorB]) => (authorA < authorB ? -1 : authorA > authorB ? 1 : 0))
    .map(([authorId, ratings]) => {
      const joined = join(resolveSide({ ratings, isNumeric: input.isNumeric }), input.sideB);
      return { authorId, n: joined.length, ...summarise({ joined, isNumeric: input.isNumeric }) };
    });
}

function worst(input: { joined: readonly TJoined[]; isNumeric: boolean; limit: number }): TComparison["worst"] {
  const { joined, limit } = input;
  if (!input.isNumeric) {
    return joined.filter((pair) => categoryKey(pair.a) !== categoryKey(pair.b)).slice(0, Math.max(0, limit));
  }
  const gap = (pair: TJoined) => Math.abs(toNumber(pair.a)! - toNumber(pair.b)!);
  // Array.prototype.sort is stable, so equal gaps keep target order.
  return joined
    .filter((pair) => gap(pair) > 0)
    .sort((x, y) => gap(y) - gap(x))
    .slice(0, Math.max(0, limit))
    .map(({ targetKey, a, b }) => ({ targetKey, a, b }));
}
