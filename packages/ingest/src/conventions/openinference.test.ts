import { describe, expect, it } from "vitest";
import { DSPY_FAILED_LM, DSPY_RAG_TREE, OPENINFERENCE_TOOL_CALLS } from "./__fixtures__/openinference-payloads.ts";
import { normalizeAll, normalizeOne } from "./__fixtures__/otlp-builders.ts";
import { splitRoutingPrefix } from "./openinference.ts";

describe("OpenInference flattened LLM span", () => {
  const span = normalizeOne(OPENINFERENCE_TOOL_CALLS);

  it("rebuilds input messages with contents, tool calls and tool results", () => {
    expect(span.inputMessages).toEqual([
      { role: "system", content: "You are a travel agent." },
      {
        role: "user",
        content: "Where is this?",
        parts: [{ type: "image", url: "https://example.com/eiffel.jpg" }],
      },
      {
        role: "assistant",
        content: null,
        toolCalls: [{ id: "call_a", name: "lookup_landmark", arguments: '{"image":"eiffel.jpg"}' }],
      },
      { role: "tool", content: "Eiffel Tower, Paris", toolCallId: "call_a" },
    ]);
  });

  it("keeps every output tool call in order", () => {
    expect(span.outputMessages).toEqual([
      {
        role: "assistant",
        content: null,
        toolCalls: [
          { id: "call_b", name: "book_hotel", arguments: '{"city":"Paris"}' },
          { id: "call_c", name: "book_flight", arguments: '{"to":"CDG"}' },
        ],
      },
    ]);
  });

  it("reads token counts, cost, parameters and context attributes", () => {
    expect(span.usage).toEqual({ input: 900, output: 60, total: 960, cacheRead: 512, cacheWrite: null, reasoning: 0 });
    expect(span.providedCost).toEqual({ input: 0.0015, output: 0.0006, total: 0.0021 });
    expect(span.modelParameters).toEqual({ temperature: 0.1, tool_choice: "auto" });
    expect(span).toMatchObject({
      model: "gpt-4o-2024-08-06",
      provider: "openai",
      sessionId: "sess-oi",
      userId: "user-oi",
      tags: ["travel", "beta"],
      metadata: { tenant: "acme", attempt: 2 },
      promptName: "travel-agent",
      promptVersion: "v3",
    });
  });
});

describe("DSPy span tree", () => {
  const spans = normalizeAll(DSPY_RAG_TREE);
  const byName = new Map(spans.map((span) => [span.name, span]));

  it("maps each span to its kind and keeps the tree", () => {
    expect(spans.map((span) => [span.name, span.kind, span.parentSpanId])).toEqual([
      ["RAG.forward", "CHAIN", null],
      ["Retrieve.forward", "RETRIEVER", "0000000000000001"],
      ["Predict(StringSignature).forward", "CHAIN", "0000000000000001"],
      ["ChatAdapter.__call__", "CHAIN", "0000000000000003"],
      ["LM.__call__", "LLM", "0000000000000004"],
    ]);
  });

  it("splits the LiteLLM route off the model name into the provider", () => {
    const lm = byName.get("LM.__call__");
    expect(lm?.model).toBe("gpt-4o-mini");
    expect(lm?.provider).toBe("openai");
    expect(lm?.modelParameters).toEqual({ temperature: 0, max_tokens: 1000 });
    expect(lm?.usage.total).toBeNull();
  });

  it("reads LM messages and the module's JSON input and output", () => {
    const lm = byName.get("LM.__call__");
    expect(lm?.inputMessages?.map((message) => message.role)).toEqual(["system", "user"]);
    expect(lm?.outputMessages).toEqual([
      { role: "assistant", content: "[[ ## answer ## ]]\nA framework for programming language models." },
    ]);
    expect(byName.get("RAG.forward")?.input).toEqual({ question: "What is DSPy?" });
    expect(byName.get("RAG.forward")?.output).toEqual({ answer: "A framework for programming language models." });
    expect(byName.get("RAG.forward")?.statusCode).toBe("OK");
  });

  it("uses the retrieved documents as the retriever's output", () => {
    expect(byName.get("Retrieve.forward")?.output).toEqual([
      { content: "DSPy is a framework for programming LMs.", id: 7, score: 0.92 },
      { content: "It compiles declarative pipelines.", metadata: { source: "docs" } },
    ]);
  });

  it("keeps the failure status message and the exception", () => {
    const failed = normalizeOne(DSPY_FAILED_LM);
    expect(failed).toMatchObject({
      statusCode: "ERROR",
      statusMessage: "litellm.AuthenticationError: invalid api key",
      model: "claude-3-5-haiku-20241022",
      provider: "anthropic",
    });
    expect(failed.exceptions[0]?.type).toBe("AuthenticationError");
  });
});

describe("splitRoutingPrefix", () => {
  it("splits known routes only, so publisher prefixes stay part of the name", () => {
    expect(splitRoutingPrefix("together_ai/meta-llama/Llama-3.3-70B-Instruct-Turbo")).toEqual({
      provider: "together_ai",
      model: "meta-llama/Llama-3.3-70B-Instruct-Turbo",
    });
    expect(splitRoutingPrefix("meta-llama/Llama-3.3-70B")).toEqual({
      provider: null,
      model: "meta-llama/Llama-3.3-70B",
    });
    expect(splitRoutingPrefix("gpt-4o")).toEqual({ provider: null, model: "gpt-4o" });
  });
});
