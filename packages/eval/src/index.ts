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

export { parseItemSet, DEFAULT_ITEM_SEPARATORS, type TItemSetOptions } from "./metrics/parse-item-set.ts";
export { setPrf, prfFromCounts, aggregateSetPrf, type TSetPrf, type TSetPrfAggregate } from "./metrics/set-prf.ts";
export { exactMatch, aggregateExactMatch } from "./metrics/exact-match.ts";
export {
  METRICS,
  METRIC_NAMES,
  isMetricName,
  type TMetric,
  type TMetricName,
  type TMetricOptions,
  type TMetricItemResult,
} from "./metrics/metric-registry.ts";
