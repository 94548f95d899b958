export { canAssignRole, canRole, PROJECT_ACTIONS, PROJECT_ROLES } from "./access/roles.ts";
export type { TProjectAction, TProjectRole } from "./access/roles.ts";
export {
  AppError,
  BadRequestError,
  ConflictError,
  GoneError,
  ForbiddenError,
  NotFoundError,
  PayloadTooLargeError,
  RetryLaterError,
  UnauthorizedError,
  UnsupportedMediaTypeError,
} from "./errors/app-errors.ts";
export { countsUsage } from "./usage/counts-usage.ts";
export {
  ZChatMessage,
  ZSpan,
  ZSpanKind,
  ZToolCall,
  ZTraceDetail,
  ZTraceIdParam,
  ZTraceSummary,
} from "./contracts/traces.ts";
export type { TChatMessageContract, TSpan, TSpanKindName, TTraceDetail, TTraceSummary } from "./contracts/traces.ts";
export {
  ZBuiltinModelPrice,
  ZModelPrice,
  ZModelPriceCoverage,
  ZModelPriceIdParam,
  ZModelPriceInput,
  ZRetireModelPrice,
} from "./contracts/model-prices.ts";
export type {
  TBuiltinModelPrice,
  TModelPriceContract,
  TModelPriceCoverage,
  TModelPriceInputContract,
  TRetireModelPrice,
} from "./contracts/model-prices.ts";
export {
  ZRepriceJob,
  ZRepriceJobList,
  ZRepriceJobParam,
  ZRepriceRequest,
  ZRepriceStarted,
  ZRepriceState,
} from "./contracts/reprice.ts";
export type {
  TRepriceJobContract,
  TRepriceJobList,
  TRepriceRequest,
  TRepriceStateContract,
} from "./contracts/reprice.ts";
export { ZSortOrder } from "./contracts/query-params.ts";
export type { TSortOrder } from "./contracts/query-params.ts";
export { ZTraceListPage, ZTraceListQuery, ZTraceSort, ZTraceStatusFilter } from "./contracts/trace-list.ts";
export type { TTraceListPage, TTraceListQuery, TTraceListQueryInput, TTraceSort } from "./contracts/trace-list.ts";
export {
  ZSpanIdParam,
  ZSpanSummary,
  ZTraceExportFormat,
  ZTraceExportQuery,
  ZTraceSpanParams,
  ZTraceTree,
} from "./contracts/trace-tree.ts";
export type { TSpanSummary, TTraceExportFormat, TTraceTree } from "./contracts/trace-tree.ts";
export {
  SESSION_TRACE_LIMIT,
  ZSessionDetail,
  ZSessionIdParam,
  ZSessionListPage,
  ZSessionListQuery,
  ZSessionSort,
  ZSessionSummary,
  ZSessionTurn,
} from "./contracts/sessions.ts";
export type {
  TSessionDetail,
  TSessionListPage,
  TSessionListQuery,
  TSessionListQueryInput,
  TSessionSort,
  TSessionSummary,
  TSessionTurn,
} from "./contracts/sessions.ts";
export {
  ZUserDetail,
  ZUserDetailQuery,
  ZUserIdParam,
  ZUserListPage,
  ZUserListQuery,
  ZUserSort,
  ZUserSummary,
} from "./contracts/users.ts";
export type {
  TUserDetail,
  TUserDetailQuery,
  TUserListPage,
  TUserListQuery,
  TUserListQueryInput,
  TUserSort,
  TUserSummary,
} from "./contracts/users.ts";
export {
  ZCreateSavedView,
  ZSavedView,
  ZSavedViewIdParam,
  ZSavedViewList,
  ZSavedViewResponse,
} from "./contracts/saved-views.ts";
export type { TCreateSavedView, TSavedView } from "./contracts/saved-views.ts";
export { DELETE_TRACES_MAX, ZDeleteTraces, ZDeleteTracesResult } from "./contracts/trace-delete.ts";
export {
  TRACE_LIST_EXPORT_MAX,
  ZTraceListExportFormat,
  ZTraceListExportFormatQuery,
  ZTraceListExportQuery,
  ZTraceListExportSelection,
} from "./contracts/trace-list-export.ts";
export type { TTraceListExportFormat, TTraceListExportQuery } from "./contracts/trace-list-export.ts";
export {
  TRACE_FACET_FIELDS,
  TRACE_FACET_LIMIT,
  TRACE_FACET_SAMPLE,
  ZTraceFacetField,
  ZTraceFacets,
  ZTraceFacetsQuery,
} from "./contracts/trace-facets.ts";
export type { TTraceFacetField, TTraceFacets } from "./contracts/trace-facets.ts";
export type { TDeleteTraces, TDeleteTracesResult } from "./contracts/trace-delete.ts";
export { ZProblem } from "./contracts/problem.ts";
export type { TProblemContract } from "./contracts/problem.ts";
export {
  ZOtlpStatusJson,
  ZOtlpTraceRequestJson,
  ZOtlpTraceRequestProtobuf,
  ZOtlpTraceResponseJson,
  ZOtlpTraceResponseProtobuf,
} from "./contracts/otlp-http.ts";
export { formatScoreCondition, parseScoreCondition, SCORE_OPERATORS, ZScoreConditions } from "./contracts/scores.ts";
export type { TScoreCondition, TScoreOperator } from "./contracts/scores.ts";
export {
  ZCorrection,
  ZCreateScore,
  ZCreateScoreConfig,
  ZScore,
  ZScoreCategory,
  ZScoreConfig,
  ZScoreConfigIdParam,
  ZScoreConfigList,
  ZScoreDataType,
  ZScoreIdParam,
  ZScoreListPage,
  ZScoreListQuery,
  ZScoreMetadata,
  ZScoreSource,
  ZScoreStats,
  ZScoreStatsQuery,
  ZScoreValue,
  ZUpdateScore,
  ZUpdateScoreConfig,
} from "./contracts/scores.ts";
export type {
  TCreateScore,
  TCreateScoreConfig,
  TCreateScoreParsed,
  TScore,
  TScoreCategory,
  TScoreConfig,
  TScoreDataType,
  TScoreListPage,
  TScoreListQuery,
  TScoreSource,
  TScoreStats,
  TScoreStatsQuery,
  TScoreValue,
  TUpdateScore,
  TUpdateScoreConfig,
} from "./contracts/scores.ts";
export {
  DEFAULT_FEEDBACK_TOKEN_SECONDS,
  FEEDBACK_LIMITS,
  ZCreateFeedback,
  ZCreateFeedbackToken,
  ZFeedbackResponse,
  ZFeedbackSettings,
  ZFeedbackSettingsResponse,
  ZFeedbackToken,
  ZUpdateFeedbackSettings,
} from "./contracts/feedback.ts";
export type {
  TCreateFeedback,
  TCreateFeedbackParsed,
  TCreateFeedbackToken,
  TCreateFeedbackTokenParsed,
  TFeedbackSettings,
  TFeedbackToken,
  TUpdateFeedbackSettings,
} from "./contracts/feedback.ts";
export {
  QUEUE_FILTER_ITEM_LIMIT,
  ZAddQueueItems,
  ZAddQueueItemsResult,
  ZAdjudicateQueueItem,
  ZAnnotationQueue,
  ZAnnotationQueueDetail,
  ZAnnotationQueueList,
  ZAnnotationQueueSummary,
  ZCompleteQueueItem,
  ZCreateAnnotationQueue,
  ZNextQueueItem,
  ZQueueDisagreement,
  ZQueueDisagreementList,
  ZQueueIdParam,
  ZQueueItem,
  ZQueueItemHistory,
  ZQueueItemParams,
  ZQueueItemScore,
  ZQueueItemView,
  ZQueueProgress,
  ZReviewerProgress,
  ZReviewStatus,
} from "./contracts/annotation-queues.ts";
export type {
  TAddQueueItems,
  TAddQueueItemsResult,
  TAdjudicateQueueItem,
  TAnnotationQueue,
  TAnnotationQueueDetail,
  TAnnotationQueueList,
  TAnnotationQueueSummary,
  TCompleteQueueItem,
  TCreateAnnotationQueue,
  TCreateAnnotationQueueParsed,
  TNextQueueItem,
  TQueueDisagreement,
  TQueueItem,
  TQueueItemScore,
  TQueueItemView,
  TQueueProgress,
  TReviewerProgress,
  TReviewStatus,
} from "./contracts/annotation-queues.ts";
export {
  AGREEMENT_LIST_LIMIT,
  ZAgreement,
  ZAgreementLevel,
  ZAgreementPair,
  ZAgreementQuery,
  ZAuthorComparison,
  ZCalibration,
  ZCompareQuery,
  ZComparison,
} from "./contracts/agreement.ts";
export type {
  TAgreementLevel,
  TAgreementQuery,
  TAgreementResult,
  TCalibration,
  TCompareQuery,
  TComparisonResult,
} from "./contracts/agreement.ts";
export {
  DATASET_FROM_TRACES_LIMIT,
  DATASET_PREVIEW_LIMIT,
  ZCreateDataset,
  ZCreateDatasetItem,
  ZDataset,
  ZDatasetDiff,
  ZDatasetDiffQuery,
  ZDatasetExportQuery,
  ZDatasetFile,
  ZDatasetFromTraces,
  ZDatasetFromTracesPreview,
  ZDatasetFromTracesResult,
  ZDatasetImportQuery,
  ZDatasetImportResult,
  ZDatasetItem,
  ZDatasetItemDetail,
  ZDatasetItemPage,
  ZDatasetItemParams,
  ZDatasetItemQuery,
  ZDatasetItemSource,
  ZDatasetItemsQuery,
  ZDatasetItemStatus,
  ZDatasetLineage,
  ZDatasetList,
  ZDatasetMapping,
  ZDatasetName,
  ZDatasetNameParam,
  ZDatasetVersion,
  ZDatasetVersionList,
  ZExpectedOutputFrom,
} from "./contracts/datasets.ts";
export type {
  TCreateDataset,
  TCreateDatasetItem,
  TDataset,
  TDatasetDiff,
  TDatasetExportQuery,
  TDatasetFromTraces,
  TDatasetFromTracesPreview,
  TDatasetImportQuery,
  TDatasetItem,
  TDatasetItemDetail,
  TDatasetItemPage,
  TDatasetItemSource,
  TDatasetItemsQuery,
  TDatasetItemStatus,
  TDatasetLineage,
  TDatasetMapping,
  TDatasetVersion,
  TExpectedOutputFrom,
} from "./contracts/datasets.ts";
export {
  MAX_COMPARED_RUNS,
  METRIC_NAMES,
  RUN_METRIC_KEYS,
  ZComparedRunItem,
  ZCompareRunsQuery,
  ZCreateDatasetRun,
  ZCreateDatasetRunItem,
  ZDatasetRun,
  ZDatasetRunItem,
  ZDatasetRunList,
  ZDatasetRunParams,
  ZDatasetRunSummary,
  ZEvaluateDatasetRun,
  ZEvaluateDatasetRunResult,
  ZMetricOptions,
  ZRunComparison,
  ZRunMetadata,
  ZRunMetrics,
} from "./contracts/dataset-runs.ts";
export type {
  TComparedRunItem,
  TCreateDatasetRun,
  TCreateDatasetRunItem,
  TDatasetRun,
  TDatasetRunItem,
  TDatasetRunList,
  TDatasetRunSummary,
  TEvaluateDatasetRun,
  TEvaluateDatasetRunResult,
  TMetricName,
  TRunComparison,
  TRunLink,
  TRunMetrics,
} from "./contracts/dataset-runs.ts";
export {
  OPTIMIZATION_ROLES,
  ZOptimizationCandidate,
  ZOptimizationRunDetail,
  ZOptimizationRunIdParam,
  ZOptimizationRunList,
  ZOptimizationRunSummary,
  ZOptimizationTrial,
} from "./contracts/optimization-runs.ts";
export type {
  TOptimizationCandidate,
  TOptimizationRole,
  TOptimizationRunDetail,
  TOptimizationRunSummary,
  TOptimizationSpanRow,
  TOptimizationTrial,
} from "./contracts/optimization-runs.ts";
export {
  BASE_MEASURES,
  METRIC_GROUPS,
  METRIC_VIEWS,
  parseMeasure,
  SCORE_MEASURE_PREFIXES,
  SPAN_ONLY_GROUPS,
  ZMetricsQuery,
  ZMetricsResult,
  ZMetricsRow,
  ZMetricView,
} from "./contracts/metrics.ts";
export type {
  TBaseMeasure,
  TMeasure,
  TMetricGroup,
  TMetricsQuery,
  TMetricsQueryInput,
  TMetricsResult,
  TMetricsRow,
  TMetricView,
} from "./contracts/metrics.ts";
export {
  BUCKET_LIMIT,
  bucketStart,
  bucketStarts,
  GRANULARITIES,
  GRANULARITY_MS,
  resolveGranularity,
  ZGranularity,
} from "./metrics/time-buckets.ts";
export type { TGranularity } from "./metrics/time-buckets.ts";
