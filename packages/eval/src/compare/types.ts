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
