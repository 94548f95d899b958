export type {
  TAgreement,
  TAgreementLevel,
  TAgreementPair,
  TDisagreement,
  TRating,
  TRatingValue,
} from "./agreement/types.ts";
export { computeAgreement } from "./agreement/compute-agreement.ts";
export { krippendorffAlpha } from "./agreement/krippendorff-alpha.ts";
export { fleissKappa } from "./agreement/fleiss-kappa.ts";
export { cohenKappa, cohenKappaFromTable, type TKappaWeights } from "./agreement/cohen-kappa.ts";

export type { TAuthorComparison, TComparison, TSideRating } from "./compare/types.ts";
export { compareRatings, DEFAULT_WORST_LIMIT } from "./compare/compare-ratings.ts";
export { pearson, spearman, tieRanks } from "./compare/correlation.ts";
