import { describe, expect, it } from "vitest";
import {
  AI_SDK_7_GENAI_TREE,
  GENAI_FAILED_CALL,
  GENAI_OPERATION_DETAILS,
  GENAI_V1_26_CHAT,
  GENAI_V1_28_EVENTS,
  GENAI_V1_37_JSON,
  GENAI_V1_40_CACHE,
} from "./__fixtures__/otel-genai-payloads.ts";
import { normalizeAll, normalizeOne, START } from "./__fixtures__/otlp-builders.ts";

describe("OTel GenAI v1.26 (gen_ai.system, prompt_tokens, content events)", () => {
  const span = normalizeOne(GENAI_V1_26_CHAT);

  it("reads the model call", () => {
    expect(span.kind).toBe("LLM");
    expect(span.model).toBe("gpt-4-0613");
    expect(span.provider).toBe("openai");
    expect(span.modelParameters).toEqual({ temperature: 0.2, max_tokens: 200 });
  });

  it("reads the deprecated token names and totals them", () => {
    expect(span.usage).toEqual({ input: 20, output: 7, total: 27, cacheRead: null, cacheWrite: null, reasoning: null });
  });

  it("reads messages from gen_ai.content.prompt / completion events", () => {
    expect(span.inputMessages).toEqual([
      { role: "system", content: "Be brief." },
      { role: "user", content: "Say hi" },
    ]);
    expect(span.outputMessages).toEqual([{ role: "assistant", content: "Hi!" }]);
    expect(span.input).toEqual([
      { role: "system", content: "Be brief." },
      { role: "user", content: "Say hi" },
    ]);
  });
});

describe("OTel GenAI v1.28 (message and choice events)", () => {
  const span = normalizeOne(GENAI_V1_28_EVENTS);

  it("builds the conversation from the events in order, with tool calls and results", () => {
    expect(span.inputMessages).toEqual([
      { role: "system", content: "You answer weather questions." },
      { role: "user", content: "Weather in Paris?" },
      {
        role: "assistant",
        content: null,
        toolCalls: [{ id: "call_1", name: "get_weather", arguments: '{"city":"Paris"}' }],
      },
      { role: "tool", content: "rainy, 12°C", toolCallId: "call_1" },
    ]);
  });

  it("reads gen_ai.choice as the output with its finish reason", () => {
    expect(span.outputMessages).toEqual([
      { role: "assistant", content: "It is rainy and 12°C in Paris.", finishReason: "stop" },
    ]);
  });
});

describe("OTel GenAI v1.37+ (JSON messages with parts)", () => {
  const span = normalizeOne(GENAI_V1_37_JSON);

  it("puts the system instructions first and splits tool responses into tool messages", () => {
    expect(span.inputMessages).toEqual([
      { role: "system", content: "You are a weather bot." },
      { role: "user", content: "Weather in Paris?" },
      {
        role: "assistant",
        content: null,
        toolCalls: [{ id: "call_1", name: "get_weather", arguments: '{"city":"Paris"}' }],
      },
      { role: "tool", content: "rainy, 12°C", toolCallId: "call_1" },
      {
        role: "user",
        content: "And this picture?",
        parts: [{ type: "uri", modality: "image", mime_type: "image/png", uri: "https://example.com/cloud.png" }],
      },
    ]);
  });

  it("keeps reasoning as a part, text as content, and tool calls with string arguments", () => {
    expect(span.outputMessages).toEqual([
      {
        role: "assistant",
        content: "Rainy, 12°C. The picture shows a cloud.",
        toolCalls: [{ id: "call_2", name: "save_note", arguments: '{"text":"rain"}' }],
        parts: [{ type: "reasoning", content: "The user wants weather and an image description." }],
        finishReason: "tool_call",
      },
    ]);
  });

  it("keeps the raw input as parsed JSON with the instructions in front", () => {
    expect(Array.isArray(span.input)).toBe(true);
    expect((span.input as unknown[])[0]).toEqual({
      role: "system",
      parts: [{ type: "text", content: "You are a weather bot." }],
    });
    expect((span.input as unknown[]).length).toBe(5);
  });

  it("reads provider.name, the response model and the conversation id as session", () => {
    expect(span.provider).toBe("openai");
    expect(span.model).toBe("gpt-4.1-2025-04-14");
    expect(span.sessionId).toBe("conv-42");
  });
});

describe("OTel GenAI v1.40/1.41 (cache and reasoning tokens)", () => {
  const span = normalizeOne(GENAI_V1_40_CACHE);

  it("keeps cache and reasoning as subsets of an inclusive input and output", () => {
    expect(span.usage).toEqual({
      input: 1300,
      output: 90,
      total: 1390,
      cacheRead: 1000,
      cacheWrite: 200,
      reasoning: 40,
    });
  });

  it("turns time_to_first_chunk (seconds) into an absolute time", () => {
    expect(span.completionStartTimeUnixNano).toBe(START + 250_000_000n);
  });
});

describe("OTel GenAI operation.details event", () => {
  it("reads messages and instructions from the event", () => {
    const span = normalizeOne(GENAI_OPERATION_DETAILS);
    expect(span.provider).toBe("gcp.gemini");
    expect(span.inputMessages).toEqual([
      { role: "system", content: "Answer in French." },
      { role: "user", content: "Hello" },
    ]);
    expect(span.outputMessages).toEqual([{ role: "assistant", content: "Bonjour", finishReason: "stop" }]);
  });
});

describe("AI SDK 7 GenAI mode", () => {
  const [agent, chat, step, tool] = normalizeAll(AI_SDK_7_GENAI_TREE);

  it("maps invoke_agent, chat, agent_step and execute_tool to AGENT, LLM, CHAIN and TOOL", () => {
    expect([agent?.kind, chat?.kind, step?.kind, tool?.kind]).toEqual(["AGENT", "LLM", "CHAIN", "TOOL"]);
    expect(chat?.parentSpanId).toBe(agent?.spanId);
  });

  it("reads tool arguments and result as parsed JSON", () => {
    expect(tool?.input).toEqual({ city: "Paris" });
    expect(tool?.output).toEqual({ forecast: "rain" });
  });
});

describe("failed GenAI call", () => {
  it("keeps ERROR, uses error.type as the message, and records the exception", () => {
    const span = normalizeOne(GENAI_FAILED_CALL);
    expect(span.statusCode).toBe("ERROR");
    expect(span.statusMessage).toBe("openai.RateLimitError");
    expect(span.exceptions).toEqual([
      {
        type: "openai.RateLimitError",
        message: "Rate limit reached",
        stacktrace: "Traceback (most recent call last): ...",
        timeUnixNano: START + 1_000n,
      },
    ]);
  });
});
