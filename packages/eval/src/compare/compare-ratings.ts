import type { TRatingValue } from "../agreement/types.ts";
import { cohenKappaFromTable } from "../agreement/cohen-kappa.ts";
import { categoryKey, compareLabels, mean, toNumber } from "../shared/rating-values.ts";
import { pearson, spearman } from "./correlation.ts";
import { resolveSide } from "./resolve-side.ts";
import type {
  TAuthorComparison,
  TComparison,
  TComparisonCell,
  TComparisonGroup,
  TComparisonSummary,
  TSideRating,
} from "./types.ts";

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
  return compareFromSummary(summariseComparison(input));
}

/** The comparison from its sufficient statistics, however those were counted. */
export function compareFromSummary(summary: TComparisonSummary): TComparison {
  const overall = comparisonStatistics(summary.overall);
  return {
    n: overall.n,
    accuracy: overall.accuracy,
    cohenKappa: overall.cohenKappa,
    confusion: confusionOf(summary.overall.cells),
    pearson: overall.pearson,
    spearman: summary.spearman,
    meanAbsoluteError: summary.meanAbsoluteError,
    byAuthor: [...summary.byAuthor]
      .sort((left, right) => (left.authorId < right.authorId ? -1 : left.authorId > right.authorId ? 1 : 0))
      .map((group) => ({ authorId: group.authorId, ...comparisonStatistics(group) })),
    worst: summary.worst,
  };
}

/** n, accuracy, kappa and Pearson of one group of cells (overall, one author, one day). */
export function comparisonStatistics(group: TComparisonGroup): Omit<TAuthorComparison, "authorId"> {
  let n = 0;
  let matches = 0;
  for (const cell of group.cells) {
    n += cell.n;
    if (categoryKey(cell.a) === categoryKey(cell.b)) matches += cell.n;
  }
  const { matrix } = confusionOf(group.cells);
  return {
    n,
    accuracy: n === 0 ? null : matches / n,
    cohenKappa: n === 0 ? null : cohenKappaFromTable({ table: matrix }),
    pearson: group.pearson === null ? null : Math.max(-1, Math.min(1, group.pearson)),
  };
}

/** Counts the summary from ratings in memory; the database counts the same in SQL. */
export function summariseComparison(input: {
  a: TSideRating[];
  b: TSideRating[];
  isNumeric: boolean;
  worstLimit?: number;
}): TComparisonSummary {
  const { isNumeric } = input;
  const sideB = resolveSide({ ratings: input.b, isNumeric });
  const joined = join(resolveSide({ ratings: input.a, isNumeric }), sideB);
  const numeric = numericColumns(joined);
  return {
    isNumeric,
    overall: groupOf(joined, isNumeric),
    byAuthor: byAuthor({ a: input.a, sideB, isNumeric }),
    spearman: isNumeric ? spearman(...numeric) : null,
    meanAbsoluteError: isNumeric ? mean(joined.map((pair) => Math.abs(toNumber(pair.a)! - toNumber(pair.b)!))) : null,
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

function groupOf(joined: readonly TJoined[], isNumeric: boolean): TComparisonGroup {
  const cells = new Map<string, TComparisonCell>();
  for (const pair of joined) {
    const key = JSON.stringify([categoryKey(pair.a), categoryKey(pair.b)]);
    const cell = cells.get(key);
    if (cell) cell.n += 1;
    else cells.set(key, { a: pair.a, b: pair.b, n: 1 });
  }
  return { cells: [...cells.values()], pearson: isNumeric ? pearson(...numericColumns(joined)) : null };
}

function numericColumns(joined: readonly TJoined[]): [number[], number[]] {
  // resolveSide gives numbers for numeric sides, so toNumber cannot fail here.
  return [joined.map((pair) => toNumber(pair.a)!), joined.map((pair) => toNumber(pair.b)!)];
}

function confusionOf(cells: readonly TComparisonCell[]): TComparison["confusion"] {
  const labels = [...new Set(cells.flatMap((cell) => [categoryKey(cell.a), categoryKey(cell.b)]))].sort(compareLabels);
  const indexByLabel = new Map(labels.map((label, index) => [label, index]));
  const matrix = labels.map(() => new Array<number>(labels.length).fill(0));
  for (const cell of cells)
    matrix[indexByLabel.get(categoryKey(cell.a))!]![indexByLabel.get(categoryKey(cell.b))!]! += cell.n;
  return { labels, matrix };
}

function byAuthor(input: {
  a: readonly TSideRating[];
  sideB: ReadonlyMap<string, TRatingValue>;
  isNumeric: boolean;
}): TComparisonSummary["byAuthor"] {
  const ratingsByAuthor = new Map<string, TSideRating[]>();
  for (const rating of input.a) {
    const ratings = ratingsByAuthor.get(rating.author);
    if (ratings === undefined) ratingsByAuthor.set(rating.author, [rating]);
    else ratings.push(rating);
  }
  return [...ratingsByAuthor].map(([authorId, ratings]) => ({
    authorId,
    ...groupOf(join(resolveSide({ ratings, isNumeric: input.isNumeric }), input.sideB), input.isNumeric),
  }));
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
