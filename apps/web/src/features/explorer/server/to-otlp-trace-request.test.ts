import type { TSpan, TTraceDetail } from "@spanlight/core";
import { decodeJsonTraceRequest, encodeJsonTraceRequest } from "@spanlight/ingest";
import { describe, expect, it } from "vitest";
import { toOtlpTraceRequest } from "./to-otlp-trace-request";

const TRACE_ID = "0af7651916cd43dd8448eb211c80319c";

function storedSpan(overrides: Partial<TSpan>): TSpan {
  return {
    traceId: TRACE_ID,
    spanId: "b7ad6b7169203331",
    parentSpanId: null,
    name: "root",
    kind: "CHAIN",
    otelSpanKind: 2,
    startTime: "2026-03-01T10:00:00.000000Z",
    endTime: "2026-03-01T10:00:01.000000Z",
    startTimeUnixNano: "1772359200000000123",
    endTimeUnixNano: "1772359201000000456",
    durationMs: 1000,
    statusCode: "OK",
    statusMessage: null,
    model: null,
    provider: null,
    inputTokens: null,
    outputTokens: null,
    totalTokens: null,
    cacheReadTokens: null,
    cacheWriteTokens: null,
    reasoningTokens: null,
    costUsd: null,
    inputCostUsd: null,
    outputCostUsd: null,
    costSource: "none",
    priceId: null,
    userId: null,
    sessionId: null,
    environment: null,
    release: null,
    promptName: null,
    promptVersion: null,
    scopeName: "my-app",
    input: null,
    output: null,
    inputMessages: null,
    outputMessages: null,
    modelParameters: null,
    metadata: null,
    attributes: { "user.id": "u-1", "app.retries": 2, "app.ratio": 0.5, "app.flags": [true, false] },
    resourceAttributes: { "service.name": "api" },
    events: [],
    exceptions: [],
    links: [],
    extra: { scopeVersion: "1.2.3", traceState: "vendor=1", flags: 1 },
    ...overrides,
  };
}

describe("[EXPLORER] stored spans as an OTLP request", () => {
  it("round-trips through the OTLP/JSON encoder and decoder: ids, nanos, attributes, events, links, status", () => {
    const child = storedSpan({
      spanId: "00f067aa0ba902b7",
      parentSpanId: "b7ad6b7169203331",
      name: "llm",
      kind: "LLM",
      otelSpanKind: 3,
      statusCode: "ERROR",
      statusMessage: "rate limited",
      events: [
        { name: "exception", timeUnixNano: "1772359200500000000", attributes: { "exception.type": "RateLimit" } },
      ],
      links: [
        { traceId: "4bf92f3577b34da6a3ce929d0e0e4736", spanId: "00f067aa0ba902b8", attributes: { kind: "retry-of" } },
      ],
    });
    const otherResource = storedSpan({ spanId: "1111111111111111", resourceAttributes: { "service.name": "worker" } });
    const trace = { spans: [storedSpan({}), child, otherResource] } as TTraceDetail;

    const decoded = decodeJsonTraceRequest(encodeJsonTraceRequest(toOtlpTraceRequest(trace)));

    expect(decoded.resourceSpans.map((resource) => resource.resource.attributes)).toEqual([
      { "service.name": "api" },
      { "service.name": "worker" },
    ]);
    const [scopeSpans] = decoded.resourceSpans[0]!.scopeSpans;
    expect(scopeSpans!.scope).toEqual({ name: "my-app", version: "1.2.3", attributes: {} });
    const [root, llm] = scopeSpans!.spans;
    expect(root).toMatchObject({
      traceId: TRACE_ID,
      spanId: "b7ad6b7169203331",
      parentSpanId: null,
      kind: 2,
      traceState: "vendor=1",
      flags: 1,
      startTimeUnixNano: 1772359200000000123n,
      endTimeUnixNano: 1772359201000000456n,
      attributes: { "user.id": "u-1", "app.retries": 2, "app.ratio": 0.5, "app.flags": [true, false] },
      status: { code: 1, message: "" },
    });
    expect(llm).toMatchObject({
      parentSpanId: "b7ad6b7169203331",
      kind: 3,
      status: { code: 2, message: "rate limited" },
      events: [
        { name: "exception", timeUnixNano: 1772359200500000000n, attributes: { "exception.type": "RateLimit" } },
      ],
      links: [
        { traceId: "4bf92f3577b34da6a3ce929d0e0e4736", spanId: "00f067aa0ba902b8", attributes: { kind: "retry-of" } },
      ],
    });
  });
});
