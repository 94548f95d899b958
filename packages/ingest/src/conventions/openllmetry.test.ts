import { describe, expect, it } from "vitest";
import {
  OPENLLMETRY_CURRENT_CHAT,
  OPENLLMETRY_LEGACY_CHAT,
  TRACELOOP_WORKFLOW_TREE,
} from "./__fixtures__/openllmetry-payloads.ts";
import { normalizeAll, normalizeOne } from "./__fixtures__/otlp-builders.ts";

describe("Traceloop workflow layer", () => {
  const spans = normalizeAll(TRACELOOP_WORKFLOW_TREE);

  it("maps workflow/agent/task/tool to CHAIN/AGENT/CHAIN/TOOL", () => {
    expect(spans.map((span) => span.kind)).toEqual(["CHAIN", "AGENT", "CHAIN", "TOOL"]);
  });

  it("parses entity input and output", () => {
    expect(spans[0]?.input).toEqual({ args: [], kwargs: { city: "Paris" } });
    expect(spans[0]?.output).toBe("Booked.");
    expect(spans[3]?.output).toEqual({ confirmation: "H-1" });
  });

  it("reads association properties as user, session and metadata", () => {
    expect(spans[0]).toMatchObject({
      userId: "user-tl",
      sessionId: "sess-tl",
      metadata: { user_id: "user-tl", session_id: "sess-tl", customer_id: "cust-9" },
    });
  });
});

describe("OpenLLMetry legacy indexed attributes", () => {
  const span = normalizeOne(OPENLLMETRY_LEGACY_CHAT);

  it("rebuilds the prompt with tool calls and the tool result", () => {
    expect(span.inputMessages).toEqual([
      { role: "system", content: "You book trips." },
      { role: "user", content: "Book a hotel in Paris" },
      {
        role: "assistant",
        content: null,
        toolCalls: [{ id: "call_1", name: "search_hotels", arguments: '{"city":"Paris"}' }],
      },
      { role: "tool", content: '[{"name":"Hotel Lutetia"}]', toolCallId: "call_1" },
    ]);
  });

  it("rebuilds the completion with its tool call and finish reason", () => {
    expect(span.outputMessages).toEqual([
      {
        role: "assistant",
        content: null,
        toolCalls: [{ id: "call_2", name: "book_hotel", arguments: '{"hotel":"Hotel Lutetia"}' }],
        finishReason: "tool_calls",
      },
    ]);
  });

  it("reads kind, lower-cased provider, usage with cache, and the traceloop prompt", () => {
    expect(span).toMatchObject({
      kind: "LLM",
      provider: "openai",
      model: "gpt-4o-2024-08-06",
      promptName: "trip-booking",
      promptVersion: "4",
    });
    expect(span.usage).toEqual({
      input: 420,
      output: 25,
      total: 445,
      cacheRead: 256,
      cacheWrite: null,
      reasoning: null,
    });
  });
});

describe("OpenLLMetry current (GenAI format)", () => {
  const span = normalizeOne(OPENLLMETRY_CURRENT_CHAT);

  it("reads parts messages, keeping the developer role", () => {
    expect(span.inputMessages).toEqual([
      { role: "developer", content: "Be terse." },
      { role: "user", content: "2+2?" },
    ]);
    expect(span.outputMessages).toEqual([{ role: "assistant", content: "4", finishReason: "stop" }]);
  });

  it("keeps reasoning inside output and reads the request parameters", () => {
    expect(span.usage).toEqual({ input: 30, output: 200, total: 230, cacheRead: 0, cacheWrite: null, reasoning: 192 });
    expect(span.modelParameters).toEqual({ reasoning_effort: "low" });
    expect(span.sessionId).toBe("sess-tl");
  });
});
