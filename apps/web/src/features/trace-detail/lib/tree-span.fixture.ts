import type { TTreeSpan } from "./tree-span";

/** A tree span for tests: a plain 10 ms SPAN named after its id, with whatever `overrides` say. */
export function span(spanId: string, parentSpanId: string | null, overrides: Partial<TTreeSpan> = {}): TTreeSpan {
  return {
    spanId,
    parentSpanId,
    name: spanId,
    kind: "SPAN",
    startMs: 0,
    durationMs: 10,
    isError: false,
    model: null,
    inputTokens: null,
    outputTokens: null,
    totalTokens: null,
    costUsd: null,
    ...overrides,
  };
}
