import {
  ZAddQueueItems,
  ZAddQueueItemsResult,
  ZAgreement,
  ZAnnotationQueue,
  ZAnnotationQueueDetail,
  ZAnnotationQueueList,
  ZBuiltinModelPrice,
  ZCreateFeedback,
  ZCreateFeedbackToken,
  ZFeedbackToken,
  ZComparison,
  ZCreateAnnotationQueue,
  ZCreateScore,
  ZCreateScoreConfig,
  ZModelPrice,
  ZModelPriceInput,
  ZOtlpStatusJson,
  ZOtlpTraceRequestJson,
  ZOtlpTraceRequestProtobuf,
  ZOtlpTraceResponseJson,
  ZOtlpTraceResponseProtobuf,
  ZProblem,
  ZScore,
  ZScoreConfig,
  ZScoreConfigList,
  ZScoreListPage,
  ZSessionDetail,
  ZSessionListPage,
  ZSessionSummary,
  ZSessionTurn,
  ZSpan,
  ZTraceDetail,
  ZTraceListPage,
  ZTraceSummary,
  ZUpdateScoreConfig,
  ZUserDetail,
  ZUserListPage,
  ZUserSummary,
} from "@spanlight/core";
import { z } from "zod";

/** The model-price list answer, composed from its contracts (the route answers exactly this). */
const ZModelPriceList = z.strictObject({ prices: z.array(ZModelPrice), builtin: z.array(ZBuiltinModelPrice) });

/**
 * The schemas the document names under components/schemas: answers (their output side) and request
 * bodies (their input side: defaults make fields optional there). A named schema nested in another
 * (TraceSummary in TraceListPage) becomes a $ref, so each is written out once.
 */
export const RESPONSE_SCHEMAS = {
  TraceSummary: ZTraceSummary,
  TraceListPage: ZTraceListPage,
  Span: ZSpan,
  TraceDetail: ZTraceDetail,
  SessionSummary: ZSessionSummary,
  SessionListPage: ZSessionListPage,
  SessionTurn: ZSessionTurn,
  SessionDetail: ZSessionDetail,
  UserSummary: ZUserSummary,
  UserListPage: ZUserListPage,
  UserDetail: ZUserDetail,
  ModelPrice: ZModelPrice,
  BuiltinModelPrice: ZBuiltinModelPrice,
  ModelPriceList: ZModelPriceList,
  Score: ZScore,
  ScoreListPage: ZScoreListPage,
  ScoreConfig: ZScoreConfig,
  ScoreConfigList: ZScoreConfigList,
  Agreement: ZAgreement,
  Comparison: ZComparison,
  AnnotationQueue: ZAnnotationQueue,
  AnnotationQueueList: ZAnnotationQueueList,
  AnnotationQueueDetail: ZAnnotationQueueDetail,
  AddQueueItemsResult: ZAddQueueItemsResult,
  Problem: ZProblem,
  OtlpTraceResponseJson: ZOtlpTraceResponseJson,
  OtlpTraceResponseProtobuf: ZOtlpTraceResponseProtobuf,
  OtlpStatusJson: ZOtlpStatusJson,
  FeedbackToken: ZFeedbackToken,
} satisfies Record<string, z.ZodType>;

export const REQUEST_SCHEMAS = {
  ModelPriceInput: ZModelPriceInput,
  CreateScore: ZCreateScore,
  CreateScoreConfig: ZCreateScoreConfig,
  UpdateScoreConfig: ZUpdateScoreConfig,
  CreateAnnotationQueue: ZCreateAnnotationQueue,
  AddQueueItems: ZAddQueueItems,
  OtlpTraceRequestJson: ZOtlpTraceRequestJson,
  OtlpTraceRequestProtobuf: ZOtlpTraceRequestProtobuf,
  CreateFeedback: ZCreateFeedback,
  CreateFeedbackToken: ZCreateFeedbackToken,
} satisfies Record<string, z.ZodType>;

export type TResponseSchemaName = keyof typeof RESPONSE_SCHEMAS;
export type TRequestSchemaName = keyof typeof REQUEST_SCHEMAS;
