import {
  ZAgreementQuery,
  ZDatasetDiffQuery,
  ZDatasetExportQuery,
  ZDatasetImportQuery,
  ZDatasetItemParams,
  ZDatasetItemQuery,
  ZDatasetItemsQuery,
  ZDatasetNameParam,
  ZCompareQuery,
  ZModelPriceIdParam,
  ZQueueIdParam,
  ZScoreConfigIdParam,
  ZScoreIdParam,
  ZScoreListQuery,
  ZSessionIdParam,
  ZSessionListQuery,
  ZTraceIdParam,
  ZTraceListQuery,
  ZUserDetailQuery,
  ZUserIdParam,
  ZUserListQuery,
} from "@spanlight/core";
import type { z } from "zod";
import type { TRequestSchemaName, TResponseSchemaName } from "./openapi-schemas";

type TRequestBody = { contentType: string; schema: TRequestSchemaName };
/** No schema: the document itself (GET openapi.json), which no contract describes. */
type TResponseBody = { contentType: string; schema?: TResponseSchemaName };

/** One documented operation; schemas are the routes' own contracts, named or as given. */
export type TOperation = {
  method: "get" | "post" | "put" | "patch" | "delete";
  /** OpenAPI path template, `{param}` style. */
  path: string;
  operationId: string;
  summary: string;
  tag:
    | "Traces"
    | "Sessions"
    | "Users"
    | "Model prices"
    | "Scores"
    | "Feedback"
    | "Annotation queues"
    | "Datasets"
    | "Optimization runs"
    | "Metrics"
    | "OTLP"
    | "Meta";
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: TRequestBody[];
  /** The success answer; no content means an empty body (204). */
  success: { status: number; description: string; content?: TResponseBody[] };
  /** False for the one route without auth. */
  isAuthenticated?: false;
  /** "feedback": the browser route, which takes the public key or a feedback token instead of the secret key. */
  credential?: "feedback";
  /** OTLP answers errors as google.rpc.Status, not as the REST problem shape. */
  errorBody?: TResponseBody[];
};

export const JSON_BODY = (schema: TResponseSchemaName): TResponseBody[] => [
  { contentType: "application/json", schema },
];

/** Every route under /api/public, as the route files declare them. */
export const PUBLIC_OPERATIONS: TOperation[] = [
  {
    method: "get",
    path: "/api/public/traces",
    operationId: "listTraces",
    summary: "A page of traces: time window (default last 24 h), filters, sort, keyset cursor",
    tag: "Traces",
    query: ZTraceListQuery,
    success: {
      status: 200,
      description: "One page; pass nextCursor back as cursor for the next",
      content: JSON_BODY("TraceListPage"),
    },
  },
  {
    method: "get",
    path: "/api/public/traces/{traceId}",
    operationId: "getTrace",
    summary: "A trace's rollup and all its spans with payloads",
    tag: "Traces",
    params: ZTraceIdParam,
    success: { status: 200, description: "The trace", content: JSON_BODY("TraceDetail") },
  },
  {
    method: "delete",
    path: "/api/public/traces/{traceId}",
    operationId: "deleteTrace",
    summary: "Deletes a trace and all its spans (404 when the project has no such trace)",
    tag: "Traces",
    params: ZTraceIdParam,
    success: { status: 204, description: "Deleted" },
  },
  {
    method: "get",
    path: "/api/public/sessions",
    operationId: "listSessions",
    summary: "A page of sessions with a trace in the time window, rolled up over the window's traces",
    tag: "Sessions",
    query: ZSessionListQuery,
    success: { status: 200, description: "One page of sessions", content: JSON_BODY("SessionListPage") },
  },
  {
    method: "get",
    path: "/api/public/sessions/{sessionId}",
    operationId: "getSession",
    summary: "A session over all its traces, its traces in start order, and those as conversation turns",
    tag: "Sessions",
    params: ZSessionIdParam,
    success: { status: 200, description: "The session", content: JSON_BODY("SessionDetail") },
  },
  {
    method: "get",
    path: "/api/public/users",
    operationId: "listUsers",
    summary: "A page of end-users (trace user ids) with a trace in the time window",
    tag: "Users",
    query: ZUserListQuery,
    success: { status: 200, description: "One page of users", content: JSON_BODY("UserListPage") },
  },
  {
    method: "get",
    path: "/api/public/users/{userId}",
    operationId: "getUser",
    summary: "An end-user over all time and a page of their traces, newest first",
    tag: "Users",
    params: ZUserIdParam,
    query: ZUserDetailQuery,
    success: { status: 200, description: "The user", content: JSON_BODY("UserDetail") },
  },
  {
    method: "get",
    path: "/api/public/model-prices",
    operationId: "listModelPrices",
    summary: "The project's own model prices and the built-in table",
    tag: "Model prices",
    success: { status: 200, description: "Prices", content: JSON_BODY("ModelPriceList") },
  },
  {
    method: "post",
    path: "/api/public/model-prices",
    operationId: "createModelPrice",
    summary: "Add a project price (tried before the built-in table)",
    tag: "Model prices",
    body: [{ contentType: "application/json", schema: "ModelPriceInput" }],
    success: { status: 200, description: "The price", content: JSON_BODY("ModelPrice") },
  },
  {
    method: "put",
    path: "/api/public/model-prices/{priceId}",
    operationId: "updateModelPrice",
    summary: "Replace a project price",
    tag: "Model prices",
    params: ZModelPriceIdParam,
    body: [{ contentType: "application/json", schema: "ModelPriceInput" }],
    success: { status: 200, description: "The price", content: JSON_BODY("ModelPrice") },
  },
  {
    method: "delete",
    path: "/api/public/model-prices/{priceId}",
    operationId: "deleteModelPrice",
    summary: "Remove a project price",
    tag: "Model prices",
    params: ZModelPriceIdParam,
    success: { status: 204, description: "Removed" },
  },
  {
    method: "post",
    path: "/api/public/scores",
    operationId: "createScore",
    summary:
      "Score a trace, a span (traceId + spanId) or a session. Checked against the score config by configId, or of that name when one exists (a value out of range or outside the categories is a 400 naming `value`). Sending the same `id` again answers the stored score with 200 and stores nothing",
    tag: "Scores",
    body: [{ contentType: "application/json", schema: "CreateScore" }],
    success: {
      status: 201,
      description: "Created (200 with the stored score when the id was already used)",
      content: JSON_BODY("Score"),
    },
  },
  {
    method: "get",
    path: "/api/public/scores",
    operationId: "listScores",
    summary: "A page of scores, newest first, keyset cursor; authorId matches an API author or a person's user id",
    tag: "Scores",
    query: ZScoreListQuery,
    success: {
      status: 200,
      description: "One page; pass nextCursor back as cursor for the next",
      content: JSON_BODY("ScoreListPage"),
    },
  },
  {
    method: "delete",
    path: "/api/public/scores/{scoreId}",
    operationId: "deleteScore",
    summary: "Remove a score",
    tag: "Scores",
    params: ZScoreIdParam,
    success: { status: 204, description: "Removed" },
  },
  {
    method: "post",
    path: "/api/public/score-configs",
    operationId: "createScoreConfig",
    summary: "Add a score config: how scores of this name are given (type, range or categories); a taken name is 409",
    tag: "Scores",
    body: [{ contentType: "application/json", schema: "CreateScoreConfig" }],
    success: { status: 201, description: "The config", content: JSON_BODY("ScoreConfig") },
  },
  {
    method: "get",
    path: "/api/public/score-configs",
    operationId: "listScoreConfigs",
    summary: "The project's score configs by name, archived ones included",
    tag: "Scores",
    success: { status: 200, description: "Configs", content: JSON_BODY("ScoreConfigList") },
  },
  {
    method: "patch",
    path: "/api/public/score-configs/{configId}",
    operationId: "updateScoreConfig",
    summary:
      "Edit a score config or archive it (`isArchived: true`); configs are never deleted and their data type never changes",
    tag: "Scores",
    params: ZScoreConfigIdParam,
    body: [{ contentType: "application/json", schema: "UpdateScoreConfig" }],
    success: { status: 200, description: "The config", content: JSON_BODY("ScoreConfig") },
  },
  {
    method: "get",
    path: "/api/public/scores/agreement",
    operationId: "getScoreAgreement",
    summary:
      "Agreement between the raters of one score name. Raters are authors (a person's user id, else authorId; scores without an author and adjudicated scores are left out; a rater's latest score on a target counts). Targets with fewer than two ratings do not count. Level defaults to nominal for CATEGORICAL/BOOLEAN and interval for NUMERIC. cohenKappa is null unless there are exactly two raters; fleissKappa null unless every counted target has the same number of ratings and the data is categorical or boolean",
    tag: "Scores",
    query: ZAgreementQuery,
    success: { status: 200, description: "The statistics and the disagreements", content: JSON_BODY("Agreement") },
  },
  {
    method: "get",
    path: "/api/public/scores/compare",
    operationId: "compareScores",
    summary:
      "Score a (e.g. an LLM judge) against score b (e.g. people) over the targets that have both. When a side has several ratings on a target it uses their majority (categorical/boolean; a tie drops the target) or their mean (numeric); an adjudicated score on a target is that side's final value. matrix[i][j] counts targets with a = labels[i] and b = labels[j]; byAuthor splits side a by author (judge versions)",
    tag: "Scores",
    query: ZCompareQuery,
    success: { status: 200, description: "The comparison", content: JSON_BODY("Comparison") },
  },
  {
    method: "post",
    path: "/api/public/metrics",
    operationId: "queryMetrics",
    summary:
      "Aggregates over the traces (view traces) or the spans of the matching traces (view spans) in [from, to): measures per group, `time` as the bucket's ISO start. Sums and counts are exact; latency percentiles are exact too (percentile_cont, error 0). Tokens and cost count model calls only (LLM and EMBEDDING spans), as the trace rollup does; costUsd is null when no row in the group has a price. In view spans the kind and model filters select the spans; scoreMean/scoreCount read scores on the trace (view traces) or on the span (view spans). With groupBy tag (or model in view traces) a trace counts once per value. An unknown measure or group is a 400 naming it",
    tag: "Metrics",
    body: [{ contentType: "application/json", schema: "MetricsQuery" }],
    success: { status: 200, description: "One row per group", content: JSON_BODY("MetricsResult") },
  },
  {
    method: "post",
    path: "/api/public/annotation-queues",
    operationId: "createAnnotationQueue",
    summary:
      "Create a queue of traces/spans to review with its score configs, reviewers per item and assigned reviewers (none: any member who may annotate); a taken name is 409",
    tag: "Annotation queues",
    body: [{ contentType: "application/json", schema: "CreateAnnotationQueue" }],
    success: { status: 201, description: "The queue", content: JSON_BODY("AnnotationQueue") },
  },
  {
    method: "get",
    path: "/api/public/annotation-queues",
    operationId: "listAnnotationQueues",
    summary: "The project's queues by name, with item counts and fully reviewed items",
    tag: "Annotation queues",
    success: { status: 200, description: "Queues", content: JSON_BODY("AnnotationQueueList") },
  },
  {
    method: "get",
    path: "/api/public/annotation-queues/{queueId}",
    operationId: "getAnnotationQueue",
    summary: "A queue with its progress overall and per reviewer",
    tag: "Annotation queues",
    params: ZQueueIdParam,
    success: { status: 200, description: "The queue", content: JSON_BODY("AnnotationQueueDetail") },
  },
  {
    method: "post",
    path: "/api/public/annotation-queues/{queueId}/items",
    operationId: "addAnnotationQueueItems",
    summary:
      "Add traceIds, spans [{traceId, spanId}] or the traces a trace-list filter matches (the list's query parameters as an object); what the queue already holds is skipped",
    tag: "Annotation queues",
    params: ZQueueIdParam,
    body: [{ contentType: "application/json", schema: "AddQueueItems" }],
    success: { status: 200, description: "How many were added and skipped", content: JSON_BODY("AddQueueItemsResult") },
  },
  {
    method: "post",
    path: "/api/public/feedback",
    operationId: "createFeedback",
    summary:
      "A FEEDBACK score from an end user's browser (thumbs, rating, comment, corrected output). CORS: preflight answered, Authorization and Content-Type allowed, origins per project (any by default). Rate-limited per client address and per key (429 with Retry-After); the body is capped at 128 KB (413)",
    tag: "Feedback",
    credential: "feedback",
    body: [{ contentType: "application/json", schema: "CreateFeedback" }],
    success: {
      status: 201,
      description: "Stored (200 with the stored score when the id was sent before)",
      content: JSON_BODY("Score"),
    },
  },
  {
    method: "post",
    path: "/api/public/feedback-tokens",
    operationId: "createFeedbackToken",
    summary: "A signed token that lets a browser send feedback on one trace (or one span of it) until it expires",
    tag: "Feedback",
    body: [{ contentType: "application/json", schema: "CreateFeedbackToken" }],
    success: { status: 201, description: "The token and when it expires", content: JSON_BODY("FeedbackToken") },
  },
  {
    method: "post",
    path: "/api/public/datasets",
    operationId: "createDataset",
    summary:
      "Create a dataset with optional JSON Schemas its items' input and expected output must satisfy; a taken name is 409",
    tag: "Datasets",
    body: [{ contentType: "application/json", schema: "CreateDataset" }],
    success: { status: 201, description: "The dataset", content: JSON_BODY("Dataset") },
  },
  {
    method: "get",
    path: "/api/public/datasets",
    operationId: "listDatasets",
    summary: "The project's datasets by name",
    tag: "Datasets",
    success: { status: 200, description: "Datasets", content: JSON_BODY("DatasetList") },
  },
  {
    method: "get",
    path: "/api/public/datasets/{name}",
    operationId: "getDataset",
    summary: "One dataset",
    tag: "Datasets",
    params: ZDatasetNameParam,
    success: { status: 200, description: "The dataset", content: JSON_BODY("Dataset") },
  },
  {
    method: "post",
    path: "/api/public/datasets/{name}/items",
    operationId: "upsertDatasetItem",
    summary:
      "Add an item, or edit one (an existing id): either makes a new dataset version. No truncation (items of 10 MB and more)",
    tag: "Datasets",
    params: ZDatasetNameParam,
    body: [{ contentType: "application/json", schema: "CreateDatasetItem" }],
    success: { status: 200, description: "The item with its lineage", content: JSON_BODY("DatasetItemDetail") },
  },
  {
    method: "get",
    path: "/api/public/datasets/{name}/items",
    operationId: "listDatasetItems",
    summary: "A page of items as of a version (default: the latest), by id",
    tag: "Datasets",
    params: ZDatasetNameParam,
    query: ZDatasetItemsQuery,
    success: { status: 200, description: "Items", content: JSON_BODY("DatasetItemPage") },
  },
  {
    method: "get",
    path: "/api/public/datasets/{name}/items/{itemId}",
    operationId: "getDatasetItem",
    summary: "One item as of a version, with lineage {traceId, spanId, feedback, correction}",
    tag: "Datasets",
    params: ZDatasetItemParams,
    query: ZDatasetItemQuery,
    success: { status: 200, description: "The item", content: JSON_BODY("DatasetItemDetail") },
  },
  {
    method: "delete",
    path: "/api/public/datasets/{name}/items/{itemId}",
    operationId: "archiveDatasetItem",
    summary: "Archive an item: a new version without it; older versions keep it",
    tag: "Datasets",
    params: ZDatasetItemParams,
    success: {
      status: 200,
      description: "The version the archive made",
      content: JSON_BODY("DatasetFromTracesResult"),
    },
  },
  {
    method: "post",
    path: "/api/public/datasets/{name}/items/from-traces",
    operationId: "addDatasetItemsFromTraces",
    summary:
      "Items from traces: traceIds, or the trace list's filter (its query parameters as an object, score filters included); the root span or the first span named spanName; mapping moves fields by JSON path; expectedOutputFrom picks the correction (adjudicated annotation, latest annotation, feedback) or the output. A source span already in the dataset is skipped",
    tag: "Datasets",
    params: ZDatasetNameParam,
    body: [{ contentType: "application/json", schema: "DatasetFromTraces" }],
    success: {
      status: 200,
      description: "How many were added and skipped, and the version",
      content: JSON_BODY("DatasetFromTracesResult"),
    },
  },
  {
    method: "get",
    path: "/api/public/datasets/{name}/versions",
    operationId: "listDatasetVersions",
    summary: "Every version with what it added, changed and archived",
    tag: "Datasets",
    params: ZDatasetNameParam,
    success: { status: 200, description: "Versions, oldest first", content: JSON_BODY("DatasetVersionList") },
  },
  {
    method: "get",
    path: "/api/public/datasets/{name}/diff",
    operationId: "diffDatasetVersions",
    summary: "Items added, removed (archived counts) and changed (before/after) from one version to another",
    tag: "Datasets",
    params: ZDatasetNameParam,
    query: ZDatasetDiffQuery,
    success: { status: 200, description: "The diff", content: JSON_BODY("DatasetDiff") },
  },
  {
    method: "get",
    path: "/api/public/datasets/{name}/export",
    operationId: "exportDataset",
    summary: "The items as a file (jsonl, csv, openai chat fine-tuning, dspy rows), streamed from a database cursor",
    tag: "Datasets",
    params: ZDatasetNameParam,
    query: ZDatasetExportQuery,
    success: {
      status: 200,
      description: "The file",
      content: [
        { contentType: "application/jsonl", schema: "DatasetFile" },
        { contentType: "text/csv", schema: "DatasetFile" },
      ],
    },
  },
  {
    method: "post",
    path: "/api/public/datasets/{name}/import",
    operationId: "importDataset",
    summary:
      "Import a file sent as the body, streamed, all or nothing: a bad line rejects the file with its line number and adds nothing",
    tag: "Datasets",
    params: ZDatasetNameParam,
    query: ZDatasetImportQuery,
    body: [
      { contentType: "application/jsonl", schema: "DatasetFile" },
      { contentType: "text/csv", schema: "DatasetFile" },
    ],
    success: {
      status: 200,
      description: "How many items were written, and the version",
      content: JSON_BODY("DatasetImportResult"),
    },
  },
  {
    method: "post",
    path: "/api/public/otel/v1/traces",
    operationId: "exportTraces",
    summary: "OTLP/HTTP trace export (also at /v1/traces and on port 4318; gRPC TraceService/Export on 4317)",
    tag: "OTLP",
    body: [
      { contentType: "application/x-protobuf", schema: "OtlpTraceRequestProtobuf" },
      { contentType: "application/json", schema: "OtlpTraceRequestJson" },
    ],
    success: {
      status: 200,
      description: "Stored (answered after the commit), in the request's content type",
      content: [
        { contentType: "application/x-protobuf", schema: "OtlpTraceResponseProtobuf" },
        { contentType: "application/json", schema: "OtlpTraceResponseJson" },
      ],
    },
    errorBody: JSON_BODY("OtlpStatusJson"),
  },
  {
    method: "get",
    path: "/api/public/openapi.json",
    operationId: "getOpenApiDocument",
    summary: "This document (OpenAPI 3.1), generated from the routes' zod contracts",
    tag: "Meta",
    isAuthenticated: false,
    success: { status: 200, description: "The document", content: [{ contentType: "application/json" }] },
  },
];
