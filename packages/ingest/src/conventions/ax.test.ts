import { describe, expect, it } from "vitest";
import { buildSpan, event, normalizeOne } from "./__fixtures__/otlp-builders.ts";

/*
 * Shapes the recorded 24.x fixtures (test/fixtures/real/ax-*) do not cover, built by hand from Ax's
 * source: 23.x message events with `content`, a streamed choice in pieces, and `thoughts_tokens`.
 */

const CHAT_ATTRIBUTES = {
  "gen_ai.system": "OpenAI",
  "gen_ai.operation.name": "chat",
  "gen_ai.request.model": "gpt-4o-mini",
  "gen_ai.request.max_tokens": "Not set",
  "gen_ai.request.temperature": 0.3,
  "gen_ai.request.stop_sequences": "Not set",
  "gen_ai.response.model": "gpt-4o-mini-2024-07-18",
  "ax.session.id": "session-ax-23",
};

describe("Ax chat request", () => {
  const span = normalizeOne(
    buildSpan({
      name: "AI Chat Request",
      kind: 2,
      attributes: CHAT_ATTRIBUTES,
      events: [
        event("gen_ai.system.message", { content: "Answer weather questions." }),
        event("gen_ai.user.message", { content: "Weather in Paris?" }),
        event("gen_ai.choice", { index: 0, content: "Sunny, ", has_content: true, finish_reason: null }),
        event("gen_ai.choice", { index: 0, content: "21 °C.", has_content: true, finish_reason: null }),
        event("gen_ai.choice", { index: 0, has_content: false, finish_reason: "stop" }),
        event("gen_ai.usage", {
          "gen_ai.usage.input_tokens": 90,
          "gen_ai.usage.output_tokens": 40,
          "gen_ai.usage.total_tokens": 130,
          "gen_ai.usage.thoughts_tokens": 12,
        }),
      ],
    }),
  );

  it("is an LLM call of OpenAI with the model that answered and only the parameters that were set", () => {
    expect(span).toMatchObject({ kind: "LLM", provider: "openai", model: "gpt-4o-mini-2024-07-18", sessionId: "session-ax-23" });
    expect(span.modelParameters).toEqual({ temperature: 0.3 });
  });

  it("reads 23.x message content and merges the pieces of one streamed choice", () => {
    expect(span.inputMessages).toEqual([
      { role: "system", content: "Answer weather questions." },
      { role: "user", content: "Weather in Paris?" },
    ]);
    expect(span.outputMessages).toEqual([{ role: "assistant", content: "Sunny, 21 °C.", finishReason: "stop" }]);
  });

  it("takes tokens from the usage event, thoughts as reasoning, no cache when the total adds up", () => {
    expect(span.usage).toEqual({ input: 90, output: 40, total: 130, cacheRead: null, cacheWrite: null, reasoning: 12 });
  });

  it("counts the gap between total and input + output as cached input", () => {
    const cached = normalizeOne(
      buildSpan({
        name: "AI Chat Request",
        attributes: CHAT_ATTRIBUTES,
        events: [
          event("gen_ai.usage", { "gen_ai.usage.input_tokens": 70, "gen_ai.usage.output_tokens": 40, "gen_ai.usage.total_tokens": 130 }),
        ],
      }),
    );
    expect(cached.usage).toMatchObject({ input: 90, output: 40, total: 130, cacheRead: 20 });
  });
});

describe("AxGen", () => {
  it("is a CHAIN showing its signature name", () => {
    const span = normalizeOne(
      buildSpan({ name: "AxGen", attributes: { signature_name: "Classify a ticket", input_field_count: 1, output_field_count: 2 } }),
    );
    expect(span).toMatchObject({ kind: "CHAIN", model: null, metadata: { signature_name: "Classify a ticket" } });
  });
});
