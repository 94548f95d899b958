import { z } from "zod";
import { ZSpan, ZTraceIdParam, ZTraceSummary } from "./traces.ts";

/**
 * A span without its payloads (input, output, messages, attributes, events): what a tree or a
 * timeline of a 20,000-span trace needs. The full span loads one at a time as `ZSpan`.
 */
export const ZSpanSummary = ZSpan.pick({
  spanId: true,
  parentSpanId: true,
  name: true,
  kind: true,
  startTime: true,
  endTime: true,
  startTimeUnixNano: true,
  endTimeUnixNano: true,
  durationMs: true,
  statusCode: true,
  statusMessage: true,
  model: true,
  inputTokens: true,
  outputTokens: true,
  totalTokens: true,
  costUsd: true,
  costSource: true,
}).strict();
export type TSpanSummary = z.infer<typeof ZSpanSummary>;

/** A trace's rollup and all its spans, light, in start order (ties by span id). */
export const ZTraceTree = z.strictObject({
  trace: ZTraceSummary,
  spans: z.array(ZSpanSummary),
});
export type TTraceTree = z.infer<typeof ZTraceTree>;

export const ZSpanIdParam = z.object({
  spanId: z
    .string()
    .regex(/^[0-9a-fA-F]{16}$/, "spanId must be 16 hexadecimal characters")
    .transform((value) => value.toLowerCase()),
});

export const ZTraceExportFormat = z.enum(["json", "otlp"]);
export type TTraceExportFormat = z.infer<typeof ZTraceExportFormat>;

export const ZTraceExportQuery = z.object({
  format: ZTraceExportFormat.default("json").meta({
    description:
      "`json`: the canonical trace (as GET /api/public/traces/{traceId}); `otlp`: an OTLP/JSON ExportTraceServiceRequest",
  }),
});

/** `{traceId}` and `{spanId}` of a span's path. */
export const ZTraceSpanParams = z.object({ traceId: ZTraceIdParam.shape.traceId, spanId: ZSpanIdParam.shape.spanId });
