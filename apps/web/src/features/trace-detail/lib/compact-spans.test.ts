import { describe, expect, it } from "vitest";
import { decodeCompactSpans, encodeCompactSpans } from "./compact-spans";
import { toTreeSpan } from "./tree-span";
import type { TTreeSpanSource } from "./tree-span";

function source(
  spanId: string,
  parentSpanId: string | null,
  overrides: Partial<TTreeSpanSource> = {},
): TTreeSpanSource {
  return {
    spanId,
    parentSpanId,
    name: "step",
    kind: "CHAIN",
    startTimeUnixNano: "1764000000000000000",
    durationMs: 12.5,
    statusCode: "UNSET",
    model: null,
    inputTokens: null,
    outputTokens: null,
    totalTokens: null,
    costUsd: null,
    ...overrides,
  };
}

describe("compact spans", () => {
  it("round-trips every field a tree row needs, missing parents included", () => {
    const sources = [
      source("a", null),
      source("b", "a", {
        kind: "LLM",
        model: "gpt-4o-mini",
        inputTokens: 42,
        outputTokens: 17,
        totalTokens: 59,
        costUsd: 0.000016,
      }),
      source("c", "gone", { startTimeUnixNano: "1764000000001234567", statusCode: "ERROR", name: "other" }),
    ];
    const compact = encodeCompactSpans(sources);
    expect(compact.nameTable).toEqual(["step", "other"]);
    expect(compact.parents).toEqual([-1, 0, -2]);
    const decoded = decodeCompactSpans(JSON.parse(JSON.stringify(compact)));
    const expected = sources.map(toTreeSpan);
    expect(decoded.map(({ startMs: _start, ...rest }) => rest)).toEqual(
      expected.map(({ startMs: _start, ...rest }) => rest),
    );
    decoded.forEach((span, position) => expect(span.startMs).toBeCloseTo(expected[position]!.startMs, 3));
  });
});
