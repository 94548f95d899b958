export type {
  TAgreement,
  TAgreementLevel,
  TAgreementPair,
  TAgreementSummary,
  TDisagreement,
  TRatingPattern,
  TRating,
  TRatingValue,
} from "./agreement/types.ts";
export { computeAgreement, computeAgreementFromSummary } from "./agreement/compute-agreement.ts";
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
export { aggregateRunMetrics, type TStoredMetricItem } from "./metrics/aggregate-run-metrics.ts";

export {
  DATASET_FORMATS,
  DATASET_RECORD_FIELDS,
  DEFAULT_DSPY_INPUT_KEY,
  DEFAULT_DSPY_OUTPUT_KEY,
  DatasetEncodeError,
  DatasetFileError,
  type TDatasetFormat,
  type TDatasetRecord,
  type TDspyKeyOptions,
} from "./formats/dataset-record.ts";
export {
  datasetFilePreamble,
  datasetFileType,
  encodeDataset,
  encodeDatasetRecord,
  type TEncodeDatasetOptions,
} from "./formats/encode-dataset.ts";
export { encodeJsonlLine } from "./formats/jsonl-format.ts";
export { CSV_HEADER_LINE, decodeJsonCell, encodeCsvRow, encodeCsvTable, encodeJsonCell } from "./formats/csv-format.ts";
export { chatMessages, decodeOpenAiLine, encodeOpenAiLine } from "./formats/openai-format.ts";
export { decodeDspyLine, dspyInputKeys, encodeDspyLine, type TDspyDecodeOptions } from "./formats/dspy-format.ts";
export { DEFAULT_MAX_LINE_LENGTH, readLines, type TReadLinesOptions } from "./formats/read-lines.ts";
export {
  applyFieldMapping,
  getJsonPath,
  isJsonPath,
  JsonPathError,
  parseJsonPath,
  setJsonPath,
  type TFieldMapping,
  type TJsonPathSegment,
} from "./formats/json-path.ts";
export { diffDatasetVersions, type TDatasetVersionDiff } from "./formats/diff-dataset-versions.ts";

export {
  DEFAULT_MAX_BINS,
  DEFAULT_RELATIVE_ACCURACY,
  LatencySketch,
  type TLatencySketchJson,
} from "./sketch/latency-sketch.ts";

export {
  assembleOptimizationRun,
  summarizeOptimizationRun,
  type TStoredOptimizationSpan,
} from "./optimization/assemble-optimization-run.ts";
