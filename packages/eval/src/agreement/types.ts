export type TRatingValue = number | string | boolean;

/** Krippendorff's levels of measurement: they choose the distance between two values. */
export type TAgreementLevel = "nominal" | "ordinal" | "interval" | "ratio";

export type TRating = { targetKey: string; rater: string; value: TRatingValue };

export type TAgreementPair = {
  a: string;
  b: string;
  /** Targets both raters rated. */
  n: number;
  percentAgreement: number | null;
  cohenKappa: number | null;
};

export type TDisagreement = {
  targetKey: string;
  values: Array<{ rater: string; value: TRatingValue }>;
};

export type TAgreement = {
  targets: number;
  raters: number;
  ratings: number;
  /** A proportion in [0, 1], not a percentage: the share of agreeing rater pairs, averaged over targets. */
  percentAgreement: number | null;
  krippendorffAlpha: number | null;
  cohenKappa: number | null;
  fleissKappa: number | null;
  /** Every pair of raters (a < b), in rater order. */
  pairs: TAgreementPair[];
  /** Counted targets whose raters did not all give the same value, in input order. */
  disagreements: TDisagreement[];
};

/**
 * The values one target received (by equality key, with how many raters gave each) and how many
 * targets received exactly those: everything alpha, Fleiss and percent agreement need.
 */
export type TValueProfile = { values: Array<{ key: string; count: number }>; targets: number };

/** How many targets rater `a` rated `x` and rater `b` rated `y` (keys are equality keys). */
export type TPairCell = { a: string; b: string; x: string; y: string; n: number };

/**
 * Targets that the same raters (in text order) rated with the same values (`keys[i]` is
 * `raters[i]`'s latest value, as an equality key), and how many targets that was.
 */
export type TRatingPattern = { raters: string[]; keys: string[]; targets: number };

/**
 * Agreement's sufficient statistics over the counted targets (two or more raters, each rater's
 * latest value): the rating patterns, built here from ratings or counted by the database in a few
 * rows, and the first disagreements.
 */
export type TAgreementSummary = {
  level: TAgreementLevel;
  isCategorical: boolean;
  patterns: TRatingPattern[];
  /** Targets whose raters differ, oldest first (the database sends the first few). */
  disagreements: TDisagreement[];
};
