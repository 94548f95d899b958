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
