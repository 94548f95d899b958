import type { TAttributes } from "./otlp/types.ts";

export const SPAN_KINDS = [
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
] as const;
export type TSpanKind = (typeof SPAN_KINDS)[number];

export type TStatusCode = "UNSET" | "OK" | "ERROR";

/** Langfuse's observation level, kept so Langfuse SDK users keep their WARNING/DEBUG marks. */
export type TSpanLevel = "DEBUG" | "DEFAULT" | "WARNING" | "ERROR";

export type TToolCall = {
  id: string | null;
  name: string;
  /** Arguments as the model produced them: a JSON string when it was JSON. */
  arguments: string;
};

/** One chat message in the canonical shape every convention maps to. */
export type TChatMessage = {
  /** system | user | assistant | tool | developer | any other role the source used. */
  role: string;
  /** Text content; parts that are not text (images, files) are described in `parts`. */
  content: string | null;
  name?: string;
  /** Set on a tool-result message: the id of the call it answers. */
  toolCallId?: string;
  toolCalls?: TToolCall[];
  /** Non-text parts kept as they came (image urls, files, reasoning, blobs). */
  parts?: TAttributes[];
  finishReason?: string;
};

/** Token usage. cacheRead/cacheWrite are subsets of input, reasoning a subset of output: never added on top. */
export type TUsage = {
  input: number | null;
  output: number | null;
  total: number | null;
  cacheRead: number | null;
  cacheWrite: number | null;
  reasoning: number | null;
};

/** Cost the instrumentation reported, in USD. */
export type TProvidedCost = {
  input: number | null;
  output: number | null;
  total: number;
};

export type TSpanException = {
  type: string | null;
  message: string | null;
  stacktrace: string | null;
  timeUnixNano: bigint;
};

export type TSpanEvent = {
  name: string;
  timeUnixNano: bigint;
  attributes: TAttributes;
};

export type TSpanLink = {
  traceId: string;
  spanId: string;
  attributes: TAttributes;
};

/**
 * Facts that belong to the whole trace but may arrive on any of its spans. The store merges them
 * across spans (first non-null wins for scalars, tags are unioned).
 */
export type TTraceFacts = {
  traceName: string | null;
  userId: string | null;
  sessionId: string | null;
  tags: string[];
  environment: string | null;
  release: string | null;
};

/** One span normalised from any convention. */
export type TCanonicalSpan = TTraceFacts & {
  traceId: string;
  spanId: string;
  parentSpanId: string | null;
  name: string;
  kind: TSpanKind;
  /** The OTLP SpanKind number, kept for re-export. */
  otelSpanKind: number;
  startTimeUnixNano: bigint;
  endTimeUnixNano: bigint;
  statusCode: TStatusCode;
  statusMessage: string | null;
  model: string | null;
  provider: string | null;
  modelParameters: TAttributes | null;
  /** The raw input as sent (a parsed JSON value when the source held JSON text). */
  input: unknown;
  output: unknown;
  /** Canonical chat messages when the span is a model call (system instructions and tool results included). */
  inputMessages: TChatMessage[] | null;
  outputMessages: TChatMessage[] | null;
  usage: TUsage;
  providedCost: TProvidedCost | null;
  metadata: TAttributes;
  promptName: string | null;
  promptVersion: string | null;
  exceptions: TSpanException[];
  events: TSpanEvent[];
  links: TSpanLink[];
  /** Every span attribute as it came; unknown ones are never dropped. */
  attributes: TAttributes;
  resourceAttributes: TAttributes;
  scopeName: string;
  scopeVersion: string;
  traceState: string;
  flags: number;
  /** The instrumentation scope's attributes, carried like the resource's. */
  scopeAttributes?: TAttributes;
  /** `langfuse.observation.level` when the span set one. */
  level?: TSpanLevel | null;
  /** When the first token arrived (Langfuse completion_start_time, GenAI time_to_first_chunk, AI SDK msToFirstChunk). */
  completionStartTimeUnixNano?: bigint | null;
  /** Trace-level input/output set from a span (`langfuse.trace.input` / `.output`); the store merges them like trace facts. */
  traceInput?: unknown;
  traceOutput?: unknown;
};
