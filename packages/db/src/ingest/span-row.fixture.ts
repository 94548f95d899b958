import type { TSpanRow } from "./span-row.ts";

const BASE_NANOS = 1_764_000_000_000_000_000n;

/** A span row with sensible defaults; tests override what they look at. */
export function makeSpanRow(overrides: Partial<TSpanRow> & Pick<TSpanRow, "projectId" | "traceId" | "spanId">): TSpanRow {
  return {
    parentSpanId: null,
    name: "span",
    kind: "SPAN",
    otelSpanKind: 1,
    startUnixNano: BASE_NANOS,
    endUnixNano: BASE_NANOS + 1_000_000n,
    statusCode: "UNSET",
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
    scopeName: null,
    inputPreview: null,
    outputPreview: null,
    inputJson: null,
    outputJson: null,
    inputMessagesJson: null,
    outputMessagesJson: null,
    modelParametersJson: null,
    metadataJson: null,
    attributesJson: "{}",
    resourceAttributesJson: "{}",
    eventsJson: null,
    exceptionsJson: null,
    linksJson: null,
    extraJson: null,
    traceName: null,
    tags: [],
    sizeBytes: 200,
    ...overrides,
  };
}

export function nanosAt(offsetMs: number): bigint {
  return BASE_NANOS + BigInt(offsetMs) * 1_000_000n;
}
