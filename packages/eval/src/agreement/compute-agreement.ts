import { categoryKey, compareLabels, toNumber } from "../shared/rating-values.ts";
import { cohenKappaFromTable } from "./cohen-kappa.ts";
import { fleissKappaOfProfiles } from "./fleiss-kappa.ts";
import { krippendorffAlphaOfProfiles } from "./krippendorff-alpha.ts";
import type {
  TAgreement,
  TAgreementLevel,
  TAgreementPair,
  TAgreementSummary,
  TDisagreement,
  TPairCell,
  TRating,
  TRatingPattern,
  TRatingValue,
  TValueProfile,
} from "./types.ts";

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
  return computeAgreementFromSummary(summariseRatings(input));
}

/** The statistics from their sufficient statistics, however those were counted. */
export function computeAgreementFromSummary(summary: TAgreementSummary): TAgreement {
  const { profiles, pairCells } = profilesAndCells(summary.patterns);
  const raters = [...new Set(summary.patterns.flatMap((pattern) => pattern.raters))].sort(compareText);
  const cellsByPair = groupCellsByPair(pairCells);
  const pairs = raters.flatMap((a, index) =>
    raters.slice(index + 1).map((b) => pairStatistics(a, b, cellsByPair.get(pairKey(a, b)) ?? [])),
  );
  let targets = 0;
  let ratings = 0;
  for (const profile of profiles) {
    targets += profile.targets;
    ratings += profile.targets * sizeOf(profile);
  }
  return {
    targets,
    raters: raters.length,
    ratings,
    percentAgreement: percentAgreement(profiles, targets),
    krippendorffAlpha: krippendorffAlphaOfProfiles({ profiles, level: summary.level }),
    cohenKappa: raters.length === 2 ? pairs[0]!.cohenKappa : null,
    fleissKappa: summary.isCategorical ? fleissKappaOfProfiles(profiles) : null,
    pairs,
    disagreements: summary.disagreements.map((disagreement) => ({
      targetKey: disagreement.targetKey,
      values: [...disagreement.values].sort((left, right) => compareText(left.rater, right.rater)),
    })),
  };
}

/** Each pattern's value counts (alpha, Fleiss, percent agreement) and rater-pair cells (kappa). */
function profilesAndCells(patterns: readonly TRatingPattern[]): { profiles: TValueProfile[]; pairCells: TPairCell[] } {
  const profiles: TValueProfile[] = [];
  const pairCells: TPairCell[] = [];
  for (const { raters, keys, targets } of patterns) {
    const counts = new Map<string, number>();
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
    profiles.push({ values: [...counts].map(([key, count]) => ({ key, count })), targets });
    for (let i = 0; i < raters.length; i += 1) {
      for (let j = i + 1; j < raters.length; j += 1)
        pairCells.push({ a: raters[i]!, b: raters[j]!, x: keys[i]!, y: keys[j]!, n: targets });
    }
  }
  return { profiles, pairCells };
}

/** The equality key of a value: its label (nominal), else its number's text (`"3"` and `3` meet). */
function equalityKey(value: TRatingValue, level: TAgreementLevel): string {
  if (level === "nominal") return categoryKey(value);
  const numeric = toNumber(value);
  return numeric === null ? categoryKey(value) : String(numeric);
}

/** Counts the summary from ratings in memory; the database counts the same in SQL. */
function summariseRatings(input: {
  ratings: TRating[];
  level: TAgreementLevel;
  isCategorical: boolean;
}): TAgreementSummary {
  const keyOf = (value: TRatingValue) => equalityKey(value, input.level);
  const counted = latestRatingsByTarget(input.ratings).filter((target) => target.byRater.size >= 2);
  const patterns = new Map<string, TRatingPattern>();
  const disagreements: TDisagreement[] = [];
  for (const target of counted) {
    const entries = [...target.byRater].sort(([left], [right]) => compareText(left, right));
    const raters = entries.map(([rater]) => rater);
    const keys = entries.map(([, value]) => keyOf(value));
    const signature = JSON.stringify([raters, keys]);
    const pattern = patterns.get(signature);
    if (pattern) pattern.targets += 1;
    else patterns.set(signature, { raters, keys, targets: 1 });
    if (new Set(keys).size > 1)
      disagreements.push({ targetKey: target.targetKey, values: entries.map(([rater, value]) => ({ rater, value })) });
  }
  return { level: input.level, isCategorical: input.isCategorical, patterns: [...patterns.values()], disagreements };
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

function sizeOf(profile: TValueProfile): number {
  return profile.values.reduce((sum, value) => sum + value.count, 0);
}

function percentAgreement(profiles: readonly TValueProfile[], targets: number): number | null {
  if (targets === 0) return null;
  let sum = 0;
  for (const profile of profiles) {
    const size = sizeOf(profile);
    let agreeing = 0;
    for (const { count } of profile.values) agreeing += (count * (count - 1)) / 2;
    sum += (profile.targets * agreeing) / ((size * (size - 1)) / 2);
  }
  return sum / targets;
}

function pairKey(a: string, b: string): string {
  return JSON.stringify([a, b]);
}

/** Cells keyed by their rater pair in text order (a cell counted the other way round is mirrored). */
function groupCellsByPair(cells: readonly TPairCell[]): Map<string, TPairCell[]> {
  const byPair = new Map<string, TPairCell[]>();
  for (const cell of cells) {
    const ordered = compareText(cell.a, cell.b) <= 0 ? cell : { a: cell.b, b: cell.a, x: cell.y, y: cell.x, n: cell.n };
    const key = pairKey(ordered.a, ordered.b);
    const pairCells = byPair.get(key);
    if (pairCells) pairCells.push(ordered);
    else byPair.set(key, [ordered]);
  }
  return byPair;
}

function pairStatistics(a: string, b: string, cells: readonly TPairCell[]): TAgreementPair {
  let n = 0;
  let agreeing = 0;
  for (const cell of cells) {
    n += cell.n;
    if (cell.x === cell.y) agreeing += cell.n;
  }
  return { a, b, n, percentAgreement: n === 0 ? null : agreeing / n, cohenKappa: kappaOfCells(cells) };
}

function kappaOfCells(cells: readonly TPairCell[]): number | null {
  const labels = [...new Set(cells.flatMap((cell) => (cell.n > 0 ? [cell.x, cell.y] : [])))].sort(compareLabels);
  if (labels.length === 0) return null;
  const indexByLabel = new Map(labels.map((label, index) => [label, index]));
  const table = labels.map(() => new Array<number>(labels.length).fill(0));
  for (const cell of cells) table[indexByLabel.get(cell.x)!]![indexByLabel.get(cell.y)!]! += cell.n;
  return cohenKappaFromTable({ table });
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
