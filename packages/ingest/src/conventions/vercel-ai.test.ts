import { describe, expect, it } from "vitest";
import { normalizeAll, normalizeOne, START } from "./__fixtures__/otlp-builders.ts";
import {
  AI_GENERATE_TEXT_TREE,
  AI_V3_DO_GENERATE,
  AI_V4_DO_GENERATE,
  AI_V5_ANTHROPIC_EXCLUSIVE,
  AI_V5_DO_STREAM,
  AI_V7_DETAILS_ONLY,
  AI_V7_LEGACY_DO_GENERATE,
} from "./__fixtures__/vercel-ai-payloads.ts";

describe("AI SDK v3 (ai.result.*)", () => {
  const span = normalizeOne(AI_V3_DO_GENERATE);

  it("reads the tool call result, finish reason and prompt/completion tokens", () => {
    expect(span.kind).toBe("LLM");
    expect(span.outputMessages).toEqual([
      {
        role: "assistant",
        content: null,
        toolCalls: [{ id: "call_1", name: "weather", arguments: '{"city":"Paris"}' }],
        finishReason: "tool-calls",
      },
    ]);
    expect(span.usage).toMatchObject({ input: 50, output: 12, total: 62 });
  });

  it("reads model, vendor and telemetry metadata", () => {
    expect(span).toMatchObject({
      model: "gpt-4-turbo",
      provider: "openai",
      userId: "user-ai",
      sessionId: "sess-ai",
      tags: ["web", "beta"],
      metadata: { userId: "user-ai", sessionId: "sess-ai", tags: ["web", "beta"], plan: "pro" },
      modelParameters: { maxRetries: 2 },
    });
  });
});

describe("AI SDK v4 (ai.response.*, gen_ai copies)", () => {
  const span = normalizeOne(AI_V4_DO_GENERATE);

  it("converts tool-call and tool-result parts", () => {
    expect(span.inputMessages).toEqual([
      { role: "system", content: "You are helpful." },
      { role: "user", content: "Weather in Paris?" },
      {
        role: "assistant",
        content: null,
        toolCalls: [{ id: "call_1", name: "weather", arguments: '{"city":"Paris"}' }],
      },
      { role: "tool", content: '{"forecast":"rain"}', toolCallId: "call_1", name: "weather" },
    ]);
    expect(span.output).toBe("It will rain in Paris.");
  });

  it("takes the vendor from the AI SDK's provider string even in gen_ai.system", () => {
    expect(span.provider).toBe("openai");
    expect(span.model).toBe("gpt-4o-2024-08-06");
    expect(span.modelParameters).toEqual({ temperature: 0.3 });
  });
});

describe("AI SDK v5/v6 streamText", () => {
  const span = normalizeOne(AI_V5_DO_STREAM);

  it("reads input/output tokens with cached input and reasoning as subsets", () => {
    expect(span.usage).toEqual({
      input: 2000,
      output: 300,
      total: 2300,
      cacheRead: 1536,
      cacheWrite: null,
      reasoning: 120,
    });
  });

  it("reads v5 tool inputs/outputs and keeps reasoning parts", () => {
    expect(span.inputMessages?.[1]).toEqual({
      role: "assistant",
      content: null,
      toolCalls: [{ id: "c1", name: "calendar", arguments: '{"month":"May"}' }],
      parts: [{ type: "reasoning", text: "Need dates first." }],
    });
    expect(span.inputMessages?.[2]).toEqual({
      role: "tool",
      content: '{"free":[3,4]}',
      toolCallId: "c1",
      name: "calendar",
    });
    expect(span.outputMessages?.[0]?.toolCalls).toEqual([{ id: "c2", name: "book", arguments: '{"day":3}' }]);
    expect(span.output).toEqual({
      text: "May 3–4 works.",
      toolCalls: [{ toolCallId: "c2", toolName: "book", input: { day: 3 } }],
    });
  });

  it("turns msToFirstChunk into an absolute time", () => {
    expect(span.completionStartTimeUnixNano).toBe(START + 412_500_000n);
  });
});

describe("AI SDK 5 with Anthropic (exclusive input)", () => {
  it("adds cache reads and provider-metadata cache writes into input", () => {
    const span = normalizeOne(AI_V5_ANTHROPIC_EXCLUSIVE);
    expect(span.usage).toEqual({
      input: 3540,
      output: 100,
      total: 3640,
      cacheRead: 3000,
      cacheWrite: 500,
      reasoning: null,
    });
  });
});

describe("AI SDK 7 legacy", () => {
  it("reads token details without double counting", () => {
    const span = normalizeOne(AI_V7_LEGACY_DO_GENERATE);
    expect(span.usage).toEqual({
      input: 1500,
      output: 80,
      total: 1580,
      cacheRead: 1000,
      cacheWrite: 200,
      reasoning: 30,
    });
  });

  it("reads user, session, CSV tags and metadata from the runtime context", () => {
    const span = normalizeOne(AI_V7_LEGACY_DO_GENERATE);
    expect(span).toMatchObject({
      userId: "user-v7",
      sessionId: "sess-v7",
      tags: ["alpha", "beta"],
      metadata: { region: "eu" },
      modelParameters: { maxOutputTokens: 1024 },
    });
  });

  it("sums the exclusive details when the inclusive totals are missing", () => {
    const span = normalizeOne(AI_V7_DETAILS_ONLY);
    expect(span.usage).toEqual({ input: 500, output: 30, total: 530, cacheRead: 400, cacheWrite: null, reasoning: 10 });
  });
});

describe("generateText tree", () => {
  const [outer, call, tool] = normalizeAll(AI_GENERATE_TEXT_TREE);

  it("makes the wrapper a CHAIN so its summed usage is not priced twice", () => {
    expect([outer?.kind, call?.kind, tool?.kind]).toEqual(["CHAIN", "LLM", "TOOL"]);
  });

  it("reads the outer prompt as system + user messages", () => {
    expect(outer?.inputMessages).toEqual([
      { role: "system", content: "You are helpful." },
      { role: "user", content: "Weather in Paris?" },
    ]);
  });

  it("reads tool call arguments and result", () => {
    expect(tool?.input).toEqual({ city: "Paris" });
    expect(tool?.output).toEqual({ forecast: "rain" });
  });
});
