import { describe, expect, it } from "vitest";
import { LANGFUSE_GENERATION, LANGFUSE_LEGACY_EVENT } from "./__fixtures__/langfuse-payloads.ts";
import { normalizeOne } from "./__fixtures__/otlp-builders.ts";

describe("Langfuse generation", () => {
  const span = normalizeOne(LANGFUSE_GENERATION);

  it("maps generation to LLM with the explicit model and parameters", () => {
    expect(span).toMatchObject({
      kind: "LLM",
      model: "gpt-4o-mini",
      modelParameters: { temperature: 0.5, max_tokens: "256" },
    });
  });

  it("adds the exclusive cached/reasoning buckets back into input and output", () => {
    expect(span.usage).toEqual({ input: 100, output: 25, total: 125, cacheRead: 30, cacheWrite: null, reasoning: 5 });
  });

  it("sums cost per side and totals it when no total is given", () => {
    expect(span.providedCost?.input).toBeCloseTo(0.000021, 12);
    expect(span.providedCost?.output).toBeCloseTo(0.00003, 12);
    expect(span.providedCost?.total).toBeCloseTo(0.000051, 12);
  });

  it("reads input and output as messages when they are shaped like them", () => {
    expect(span.inputMessages).toEqual([
      { role: "system", content: "Be kind." },
      { role: "user", content: "Hi" },
    ]);
    expect(span.outputMessages).toEqual([{ role: "assistant", content: "Hello!" }]);
    expect(span.output).toEqual({ role: "assistant", content: "Hello!" });
  });

  it("reads prompt, level, status message and completion start", () => {
    expect(span).toMatchObject({
      promptName: "greeting",
      promptVersion: "3",
      level: "WARNING",
      statusCode: "UNSET",
      statusMessage: "slow response",
      completionStartTimeUnixNano: 1_700_000_000_250_000_000n,
    });
  });

  it("reads trace facts on the span", () => {
    expect(span).toMatchObject({
      traceName: "support-chat",
      tags: ["support", "vip"],
      userId: "user-lf",
      sessionId: "sess-lf",
      environment: "staging",
      release: "2024.11.1",
      traceInput: { question: "Hi" },
      traceOutput: "Hello!",
    });
  });

  it("merges trace then observation metadata, JSON then per-key", () => {
    expect(span.metadata).toEqual({
      shared: "observation",
      tier: "gold",
      source: "json",
      request_id: "req-1",
      flags: { beta: true },
    });
  });
});

describe("Langfuse legacy keys and events", () => {
  const span = normalizeOne(LANGFUSE_LEGACY_EVENT);

  it("maps event to SPAN and reads the legacy user and session keys", () => {
    expect(span).toMatchObject({ kind: "SPAN", userId: "user-legacy", sessionId: "sess-legacy", input: "thumbs up" });
  });

  it("dedupes tags from a JSON string", () => {
    expect(span.tags).toEqual(["a", "b"]);
  });

  it("treats level ERROR as a failed span", () => {
    expect(span.statusCode).toBe("ERROR");
    expect(span.level).toBe("ERROR");
  });
});

describe("Langfuse usage_details written inclusive by hand", () => {
  it("does not add the cache twice when the total shows input already includes it", () => {
    const span = normalizeOne({
      name: "hand-written",
      attributes: {
        "langfuse.observation.type": "generation",
        "langfuse.observation.usage_details":
          '{"input":42,"output":17,"total":59,"input_cached_tokens":8,"output_reasoning_tokens":5}',
      },
    });
    expect(span.usage).toEqual({ input: 42, output: 17, total: 59, cacheRead: 8, cacheWrite: null, reasoning: 5 });
  });
});
