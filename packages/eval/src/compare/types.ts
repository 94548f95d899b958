import type { TRatingValue } from "../agreement/types.ts";

export type TSideRating = { targetKey: string; author: string; value: TRatingValue };

export type TAuthorComparison = {
  authorId: string;
  n: number;
  accuracy: number | null;
  cohenKappa: number | null;
  pearson: number | null;
};

export type TComparison = {
  /** Targets that have a value on both sides (after resolving several ratings per side). */
  n: number;
  accuracy: number | null;
  cohenKappa: number | null;
  /** matrix[i][j] = targets with a = labels[i] and b = labels[j]. */
  confusion: { labels: string[]; matrix: number[][] };
  pearson: number | null;
  spearman: number | null;
  meanAbsoluteError: number | null;
  /** Side a split by author, each author against side b. */
  byAuthor: TAuthorComparison[];
  worst: Array<{ targetKey: string; a: TRatingValue; b: TRatingValue }>;
};

/** How many joined targets had value `a` on side a and `b` on side b. */
export type TComparisonCell = { a: TRatingValue; b: TRatingValue; n: number };

/** One comparison's sufficient statistics: its cells and, for numeric sides, Pearson's r. */
export type TComparisonGroup = { cells: TComparisonCell[]; pearson: number | null };

/**
 * Everything compare needs, counted here from ratings or by the database: the overall cells, the
 * same per side-a author, and the statistics that need every pair (Spearman, MAE, the worst).
 */
export type TComparisonSummary = {
  isNumeric: boolean;
  overall: TComparisonGroup;
  byAuthor: Array<TComparisonGroup & { authorId: string }>;
  spearman: number | null;
  meanAbsoluteError: number | null;
  worst: Array<{ targetKey: string; a: TRatingValue; b: TRatingValue }>;
};
