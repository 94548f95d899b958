import { countsUsage } from "@spanlight/core";

/** Kinds as the `SpanKind` enum in prisma/schema.prisma. */
export type TSpanRowKind =
  "LLM" | "EMBEDDING" | "CHAIN" | "TOOL" | "RETRIEVER" | "RERANKER" | "AGENT" | "GUARDRAIL" | "EVALUATOR" | "SPAN";

/**
 * One span as the writer stores it. JSON columns arrive already serialised (the caller knows how to
 * turn bigints and binary into JSON, and serialising once keeps the writer's hot loop cheap).
 */
export type TSpanRow = {
  projectId: string;
  traceId: string;
  spanId: string;
  parentSpanId: string | null;
  name: string;
  kind: TSpanRowKind;
  otelSpanKind: number;
  startUnixNano: bigint;
  endUnixNano: bigint;
  statusCode: "UNSET" | "OK" | "ERROR";
  statusMessage: string | null;
  model: string | null;
  provider: string | null;
  inputTokens: number | null;
  outputTokens: number | null;
  totalTokens: number | null;
  cacheReadTokens: number | null;
  cacheWriteTokens: number | null;
  reasoningTokens: number | null;
  costUsd: number | null;
  inputCostUsd: number | null;
  outputCostUsd: number | null;
  costSource: "provided" | "price" | "none";
  priceId: string | null;
  userId: string | null;
  sessionId: string | null;
  environment: string | null;
  release: string | null;
  promptName: string | null;
  promptVersion: string | null;
  scopeName: string | null;
  inputPreview: string | null;
  outputPreview: string | null;
  inputJson: string | null;
  outputJson: string | null;
  inputMessagesJson: string | null;
  outputMessagesJson: string | null;
  modelParametersJson: string | null;
  metadataJson: string | null;
  attributesJson: string;
  resourceAttributesJson: string;
  eventsJson: string | null;
  exceptionsJson: string | null;
  linksJson: string | null;
  extraJson: string | null;
  /** Trace-level facts this span carried; the trace rollup merges them across spans. */
  traceName: string | null;
  tags: string[];
  /** Approximate size in bytes, for the writer's memory bound. */
  sizeBytes: number;
};

/** Spans whose tokens and cost count towards the trace total: the one rule in packages/core. */
export function isModelCall(kind: TSpanRowKind): boolean {
  return countsUsage(kind);
}
