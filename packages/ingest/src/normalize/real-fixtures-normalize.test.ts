import { beforeAll, describe, expect, it } from "vitest";
import { loadRealFixtures, type TRealFixture } from "../../test/load-real-fixtures.ts";
import type { TCanonicalSpan } from "../types.ts";
import { DEFAULT_MODEL_PRICES } from "../pricing/default-model-prices.ts";
import { priceSpan } from "../pricing/price-span.ts";
import { normalizeTraceRequest } from "./normalize-trace-request.ts";

/*
 * Golden check against requests real instrumentation libraries sent (test/fixtures/real, recorded
 * against a mock OpenAI server that always reports 42 prompt tokens, 8 of them cached, and 17
 * completion tokens, 5 of them reasoning). Ids and times change per recording; what is asserted here does not.
 */

const MOCK_USAGE = { input: 42, output: 17, total: 59, cacheRead: 8, cacheWrite: null, reasoning: 5 };

let spansByFixture: Map<string, TCanonicalSpan[]>;

beforeAll(async () => {
  const fixtures: TRealFixture[] = await loadRealFixtures();
  spansByFixture = new Map();
  for (const fixture of fixtures) {
    const result = normalizeTraceRequest(fixture.request);
    expect(result.rejected, fixture.name).toEqual([]);
    spansByFixture.set(fixture.group, [...(spansByFixture.get(fixture.group) ?? []), ...result.spans]);
  }
});

function spans(group: string): TCanonicalSpan[] {
  const found = spansByFixture.get(group);
  if (found === undefined) throw new Error(`no fixture group ${group}`);
  return found;
}

function kinds(group: string): Record<string, string> {
  return Object.fromEntries(spans(group).map((span) => [span.name, span.kind]));
}

describe("real fixtures", () => {
  it("gives every model call a model, a provider, messages and the mock's usage", () => {
    for (const [group, list] of spansByFixture) {
      for (const span of list.filter((item) => item.kind === "LLM")) {
        expect(span.model, `${group} ${span.name}`).toMatch(/gpt-4o-mini/);
        expect(span.inputMessages?.length, `${group} ${span.name}`).toBeGreaterThan(0);
        expect(span.outputMessages?.length, `${group} ${span.name}`).toBeGreaterThan(0);
        if (group !== "langfuse-tracing") expect(span.provider, `${group} ${span.name}`).toBe("openai");
      }
    }
  });

  it("maps the OTel SDK GenAI trace", () => {
    expect(kinds("otel-sdk-genai-proto")).toMatchObject({
      "invoke_agent weather-agent": "AGENT",
      "chat gpt-4o-mini": "LLM",
      "execute_tool get_weather": "TOOL",
    });
    const chat = spans("otel-sdk-genai-proto").find((span) => span.kind === "LLM");
    expect(chat?.usage).toEqual(MOCK_USAGE);
    expect(
      spans("otel-sdk-genai-proto").some((span) => span.statusCode === "ERROR" && span.exceptions.length > 0),
    ).toBe(true);
  });

  it("maps the OpenInference chain and prices its calls from the default table", () => {
    const list = spans("openinference-openai-chain");
    expect(list.map((span) => span.kind).sort()).toEqual(["CHAIN", "LLM", "LLM"]);
    const call = list.find((span) => span.kind === "LLM");
    expect(call?.usage).toEqual(MOCK_USAGE);
    expect(call).toMatchObject({ sessionId: "session-oi-1", userId: "user-oi-7", tags: ["fixture", "openinference"] });
    expect(call && priceSpan(call, DEFAULT_MODEL_PRICES).priceId).toBe("openai-gpt-4o-mini");
  });

  it("maps both AI SDK 7 modes, keeping wrappers out of LLM", () => {
    expect(kinds("vercel-ai-genai")).toMatchObject({
      "invoke_agent gpt-4o-mini": "AGENT",
      "step 1": "CHAIN",
      "chat gpt-4o-mini": "LLM",
      "execute_tool getWeather": "TOOL",
    });
    expect(kinds("vercel-ai-legacy")).toEqual({
      "ai.generateText": "CHAIN",
      "ai.generateText.doGenerate": "LLM",
      "ai.toolCall": "TOOL",
    });
    const legacyCall = spans("vercel-ai-legacy").find((span) => span.kind === "LLM");
    expect(legacyCall?.usage).toEqual(MOCK_USAGE);
    expect(legacyCall).toMatchObject({ userId: "user-ai-7", sessionId: "session-ai-1" });
  });

  it("maps Ax's AxGen program over its chat call, with tokens and cost from the gen_ai.usage event", () => {
    for (const group of ["ax-chat", "ax-stream"]) {
      expect(kinds(group)).toEqual({ AxGen: "CHAIN", "AI Chat Request": "LLM" });
      const program = spans(group).find((span) => span.kind === "CHAIN");
      expect(program?.metadata).toEqual({ signature_name: "Answers a weather question" });
      const call = spans(group).find((span) => span.kind === "LLM");
      // Ax reports no reasoning for OpenAI chat and leaves the 8 cached tokens out of input_tokens (34).
      expect(call?.usage, group).toEqual({ ...MOCK_USAGE, reasoning: null });
      expect(call?.modelParameters, group).toEqual({ temperature: 0, llm_is_streaming: group === "ax-stream" });
      expect(call?.sessionId).toBe(group === "ax-chat" ? "session-ax-plain" : "session-ax-stream");
      expect(call?.outputMessages, group).toEqual([{ role: "assistant", content: null, finishReason: "stop" }]);
      const priced = call && priceSpan(call, DEFAULT_MODEL_PRICES);
      expect(priced?.priceId).toBe("openai-gpt-4o-mini");
      expect(priced?.costSource).toBe("price");
      expect(priced?.costUsd ?? 0).toBeGreaterThan(0);
    }
  });

  it("maps the Traceloop workflow and its call", () => {
    expect(kinds("traceloop-openai-workflow")).toMatchObject({ "weather_workflow.workflow": "CHAIN" });
    const call = spans("traceloop-openai-workflow").find((span) => span.kind === "LLM");
    expect(call).toMatchObject({ userId: "user-tl-7", sessionId: "session-tl-1" });
  });

  it("maps the Langfuse SDK trace, converting its exclusive usage buckets", () => {
    const generation = spans("langfuse-tracing").find((span) => span.kind === "LLM");
    expect(generation).toMatchObject({
      model: "gpt-4o-mini",
      promptName: "weather-system",
      promptVersion: "3",
      traceName: "weather-request",
      environment: "fixtures",
      release: "1.2.3",
    });
    // The recorder passes OpenAI's inclusive counts as {input: 42, input_cached_tokens: 8, total: 59}; the total shows it.
    expect(generation?.usage).toEqual(MOCK_USAGE);
    expect(generation && priceSpan(generation, DEFAULT_MODEL_PRICES).costSource).toBe("provided");
  });
});
