import { randomBytes } from "node:crypto";
import type { TAttributes, TOtlpSpan, TOtlpTraceRequest } from "@spanlight/ingest";

/** Test traces for runs, sent through the real ingest path (conventions, pricing, rollups). */

const START_NANO = 1_780_000_000_000_000_000n;
const NANOS_PER_MS = 1_000_000n;

export const hexId = (bytes: number) => randomBytes(bytes).toString("hex");

export function otlpSpan(options: {
  traceId: string;
  spanId?: string;
  parentSpanId?: string | null;
  name: string;
  durationMs?: number;
  attributes: TAttributes;
  isError?: boolean;
}): TOtlpSpan {
  return {
    traceId: options.traceId,
    spanId: options.spanId ?? hexId(8),
    parentSpanId: options.parentSpanId ?? null,
    traceState: "",
    flags: 1,
    name: options.name,
    kind: 1,
    startTimeUnixNano: START_NANO,
    endTimeUnixNano: START_NANO + BigInt(options.durationMs ?? 100) * NANOS_PER_MS,
    attributes: options.attributes,
    droppedAttributesCount: 0,
    events: [],
    droppedEventsCount: 0,
    links: [],
    droppedLinksCount: 0,
    status: { code: options.isError === true ? 2 : 0, message: "" },
  };
}

export function otlpRequest(spans: TOtlpSpan[]): TOtlpTraceRequest {
  return {
    resourceSpans: [
      {
        resource: { attributes: { "service.name": "experiments-test" } },
        scopeSpans: [{ scope: { name: "test", version: "1", attributes: {} }, spans, schemaUrl: "" }],
        schemaUrl: "",
      },
    ],
  };
}

/** A pipeline's root span with its output, and a model call under it that costs `costUsd`. */
export function pipelineTrace(options: {
  output: string;
  durationMs: number;
  costUsd: number;
  rootAttributes?: TAttributes;
  isError?: boolean;
}): { traceId: string; rootSpanId: string; request: TOtlpTraceRequest } {
  const traceId = hexId(16);
  const rootSpanId = hexId(8);
  const root = otlpSpan({
    traceId,
    spanId: rootSpanId,
    name: "extract-phenotypes",
    durationMs: options.durationMs,
    attributes: { "output.value": options.output, ...options.rootAttributes },
  });
  const call = modelCall({ traceId, parentSpanId: rootSpanId, costUsd: options.costUsd, isError: options.isError });
  return { traceId, rootSpanId, request: otlpRequest([root, call]) };
}

export function modelCall(options: {
  traceId: string;
  parentSpanId: string;
  costUsd: number;
  isError?: boolean;
}): TOtlpSpan {
  return otlpSpan({
    traceId: options.traceId,
    parentSpanId: options.parentSpanId,
    name: "chat",
    durationMs: 10,
    isError: options.isError,
    attributes: {
      "langfuse.observation.type": "generation",
      "langfuse.observation.model.name": "gpt-4o-mini",
      "langfuse.observation.cost_details": JSON.stringify({ total: options.costUsd }),
    },
  });
}
