import { randomBytes } from "node:crypto";
import type { TAttributes, TOtlpSpan, TOtlpTraceRequest } from "@spanlight/ingest";

/** Small OTLP requests built in code, for the tests that need a trace the fixtures do not have. */

export const randomTraceId = (): string => randomBytes(16).toString("hex");
export const randomSpanId = (): string => randomBytes(8).toString("hex");

const BASE_NANOS = 1_767_225_600_000_000_000n; // 2026-01-01T00:00:00Z

/** A span at `startMs`..`endMs` after BASE_NANOS, with no events, links or status. */
export function otlpSpan(span: {
  traceId: string;
  spanId: string;
  parentSpanId: string | null;
  name: string;
  kind?: number;
  startMs?: number;
  endMs?: number;
  attributes?: TAttributes;
}): TOtlpSpan {
  return {
    traceId: span.traceId,
    spanId: span.spanId,
    parentSpanId: span.parentSpanId,
    traceState: "",
    flags: 1,
    name: span.name,
    kind: span.kind ?? 1,
    startTimeUnixNano: BASE_NANOS + BigInt(span.startMs ?? 0) * 1_000_000n,
    endTimeUnixNano: BASE_NANOS + BigInt(span.endMs ?? 100) * 1_000_000n,
    attributes: span.attributes ?? {},
    droppedAttributesCount: 0,
    events: [],
    droppedEventsCount: 0,
    links: [],
    droppedLinksCount: 0,
    status: { code: 0, message: "" },
  };
}

/** A GenAI-convention chat call on gpt-4o-mini (a model the built-in price table knows). */
export function chatSpan(options: {
  traceId: string;
  spanId?: string;
  parentSpanId: string | null;
  inputTokens: number;
  outputTokens: number;
  startMs?: number;
  endMs?: number;
  attributes?: TAttributes;
}): TOtlpSpan {
  return otlpSpan({
    traceId: options.traceId,
    spanId: options.spanId ?? randomSpanId(),
    parentSpanId: options.parentSpanId,
    name: "chat gpt-4o-mini",
    kind: 3,
    startMs: options.startMs ?? 10,
    endMs: options.endMs ?? 90,
    attributes: {
      "gen_ai.operation.name": "chat",
      "gen_ai.provider.name": "openai",
      "gen_ai.request.model": "gpt-4o-mini",
      "gen_ai.usage.input_tokens": options.inputTokens,
      "gen_ai.usage.output_tokens": options.outputTokens,
      "gen_ai.input.messages": JSON.stringify([{ role: "user", parts: [{ type: "text", content: "Hello?" }] }]),
      "gen_ai.output.messages": JSON.stringify([{ role: "assistant", parts: [{ type: "text", content: "Hi!" }] }]),
      ...options.attributes,
    },
  });
}

/** An agent root and one chat call under it: the smallest trace with a tree, a model and a cost. */
export function agentTrace(traceId = randomTraceId()): { traceId: string; rootSpanId: string; spans: TOtlpSpan[] } {
  const rootSpanId = randomSpanId();
  const root = otlpSpan({
    traceId,
    spanId: rootSpanId,
    parentSpanId: null,
    name: "invoke_agent helper",
    endMs: 100,
    attributes: { "gen_ai.operation.name": "invoke_agent", "gen_ai.agent.name": "helper" },
  });
  return {
    traceId,
    rootSpanId,
    spans: [root, chatSpan({ traceId, parentSpanId: rootSpanId, inputTokens: 12, outputTokens: 3 })],
  };
}

export function requestOf(
  spans: TOtlpSpan[],
  resourceAttributes: TAttributes = { "service.name": "otlp-itest" },
): TOtlpTraceRequest {
  return {
    resourceSpans: [
      {
        resource: { attributes: resourceAttributes },
        scopeSpans: [{ scope: { name: "spanlight.itest", version: "1.0.0", attributes: {} }, spans, schemaUrl: "" }],
        schemaUrl: "",
      },
    ],
  };
}
