import { z } from "zod";
import { ZScore } from "./scores.ts";

export const ZSpanKind = z.enum([
  "LLM",
  "EMBEDDING",
  "CHAIN",
  "TOOL",
  "RETRIEVER",
  "RERANKER",
  "AGENT",
  "GUARDRAIL",
  "EVALUATOR",
  "SPAN",
]);
export type TSpanKindName = z.infer<typeof ZSpanKind>;

export const ZToolCall = z.object({ id: z.string().nullable(), name: z.string(), arguments: z.string() });

export const ZChatMessage = z.object({
  role: z.string(),
  content: z.string().nullable(),
  name: z.string().optional(),
  toolCallId: z.string().optional(),
  toolCalls: z.array(ZToolCall).optional(),
  parts: z.array(z.record(z.string(), z.unknown())).optional(),
  finishReason: z.string().optional(),
});
export type TChatMessageContract = z.infer<typeof ZChatMessage>;

/** One span in the public API's canonical shape. Times are ISO strings with microseconds; exact nanoseconds ride along. */
export const ZSpan = z.strictObject({
  traceId: z.string(),
  spanId: z.string(),
  parentSpanId: z.string().nullable(),
  name: z.string(),
  kind: ZSpanKind,
  otelSpanKind: z.number().int(),
  startTime: z.string(),
  endTime: z.string(),
  startTimeUnixNano: z.string(),
  endTimeUnixNano: z.string(),
  durationMs: z.number(),
  statusCode: z.enum(["UNSET", "OK", "ERROR"]),
  statusMessage: z.string().nullable(),
  model: z.string().nullable(),
  provider: z.string().nullable(),
  inputTokens: z.number().int().nullable(),
  outputTokens: z.number().int().nullable(),
  totalTokens: z.number().int().nullable(),
  cacheReadTokens: z.number().int().nullable(),
  cacheWriteTokens: z.number().int().nullable(),
  reasoningTokens: z.number().int().nullable(),
  costUsd: z.number().nullable(),
  inputCostUsd: z.number().nullable(),
  outputCostUsd: z.number().nullable(),
  costSource: z.enum(["provided", "price", "none"]),
  priceId: z.string().nullable(),
  userId: z.string().nullable(),
  sessionId: z.string().nullable(),
  environment: z.string().nullable(),
  release: z.string().nullable(),
  promptName: z.string().nullable(),
  promptVersion: z.string().nullable(),
  scopeName: z.string().nullable(),
  input: z.unknown(),
  output: z.unknown(),
  inputMessages: z.array(ZChatMessage).nullable(),
  outputMessages: z.array(ZChatMessage).nullable(),
  modelParameters: z.record(z.string(), z.unknown()).nullable(),
  metadata: z.record(z.string(), z.unknown()).nullable(),
  attributes: z.record(z.string(), z.unknown()),
  resourceAttributes: z.record(z.string(), z.unknown()),
  events: z.array(z.unknown()),
  exceptions: z.array(z.unknown()),
  links: z.array(z.unknown()),
  extra: z.record(z.string(), z.unknown()).nullable(),
});
export type TSpan = z.infer<typeof ZSpan>;

/** A trace's rollup: what list views show, kept at ingest. */
export const ZTraceSummary = z.strictObject({
  traceId: z.string(),
  name: z.string().nullable(),
  rootSpanId: z.string().nullable(),
  startTime: z.string(),
  endTime: z.string(),
  durationMs: z.number(),
  spanCount: z.number().int(),
  errorCount: z.number().int(),
  inputTokens: z.number().int(),
  outputTokens: z.number().int(),
  totalTokens: z.number().int(),
  cacheReadTokens: z.number().int(),
  cacheWriteTokens: z.number().int(),
  reasoningTokens: z.number().int(),
  costUsd: z
    .number()
    .nullable()
    .meta({ description: "USD; null when no model call of the trace has a price (unpriced)" }),
  userId: z.string().nullable(),
  sessionId: z.string().nullable(),
  tags: z.array(z.string()),
  models: z.array(z.string()),
  kinds: z.array(ZSpanKind),
  environment: z.string().nullable(),
  release: z.string().nullable(),
  inputPreview: z.string().nullable(),
  outputPreview: z.string().nullable(),
  scoreMeans: z
    .record(z.string(), z.number())
    .optional()
    .meta({ description: "Only with `scoreColumns`: the mean value per asked score name the trace has" }),
});
export type TTraceSummary = z.infer<typeof ZTraceSummary>;

/** `scores`: the trace's own and its spans' (a span's carry its spanId), oldest first. */
export const ZTraceDetail = ZTraceSummary.extend({ spans: z.array(ZSpan), scores: z.array(ZScore) }).strict();
export type TTraceDetail = z.infer<typeof ZTraceDetail>;

export const ZTraceIdParam = z.object({
  traceId: z
    .string()
    .regex(/^[0-9a-fA-F]{32}$/, "traceId must be 32 hexadecimal characters")
    .transform((value) => value.toLowerCase()),
});
