import { beforeAll, describe, expect, it } from "vitest";
import { loadRealFixtures } from "../../test/load-real-fixtures.ts";
import type { TRealFixture } from "../../test/load-real-fixtures.ts";
import type { TOtlpSpan } from "./types.ts";
import { validateSpanIds } from "./validate-span-ids.ts";

/**
 * Golden fixtures recorded from real instrumentation libraries (scripts/record-fixtures.ts). Names
 * and scopes are fixed by what each recorder does; ids and times change on every recording.
 */
const EXPECTED_GROUPS: Record<string, { scopes: string[]; spans: string[] }> = {
  "otel-sdk-genai-proto": otelSdkExpectation(),
  "otel-sdk-genai-json": otelSdkExpectation(),
  "otel-sdk-genai-proto-gzip": otelSdkExpectation(),
  "otel-sdk-grpc": otelSdkExpectation(),
  "openinference-openai-chain": {
    scopes: ["@arizeai/openinference-instrumentation-openai", "spanlight.fixtures.openinference"],
    spans: ["OpenAI Chat Completions", "OpenAI Chat Completions", "weather-chain"],
  },
  "vercel-ai-genai": {
    scopes: ["ai"],
    spans: ["chat gpt-4o-mini", "chat gpt-4o-mini", "execute_tool getWeather", "invoke_agent gpt-4o-mini", "step 1", "step 2"],
  },
  "vercel-ai-legacy": {
    scopes: ["ai"],
    spans: ["ai.generateText", "ai.generateText.doGenerate", "ai.generateText.doGenerate", "ai.toolCall"],
  },
  "traceloop-openai-workflow": {
    scopes: ["@traceloop/instrumentation-openai", "@traceloop/node-server-sdk"],
    spans: ["chat gpt-4o-mini", "weather_workflow.workflow"],
  },
  "evaluations-otel": {
    scopes: ["spanlight.fixtures.evaluations", "spanlight.fixtures.openinference-evaluations"],
    spans: ["chat gpt-4o-mini", "judge-v2 correctness", "qa-chain"],
  },
  "langfuse-tracing": { scopes: ["langfuse-sdk"], spans: ["chat gpt-4o-mini", "get_weather", "weather-agent"] },
  "ax-chat": { scopes: ["ax"], spans: ["AI Chat Request", "AxGen"] },
  "ax-stream": { scopes: ["ax"], spans: ["AI Chat Request", "AxGen"] },
};

function otelSdkExpectation(): { scopes: string[]; spans: string[] } {
  return {
    scopes: ["spanlight.fixtures.genai"],
    spans: ["chat gpt-4o-mini", "execute_tool get_weather", "execute_tool lookup_forecast", "invoke_agent weather-agent"],
  };
}

let fixtures: TRealFixture[] = [];

function spansOf(fixtureList: TRealFixture[]): TOtlpSpan[] {
  return fixtureList.flatMap((fixture) => fixture.request.resourceSpans.flatMap((resource) => resource.scopeSpans.flatMap((scope) => scope.spans)));
}

function group(name: string): TRealFixture[] {
  return fixtures.filter((fixture) => fixture.group === name);
}

function spanNamed(groupName: string, spanName: string): TOtlpSpan {
  const span = spansOf(group(groupName)).find((candidate) => candidate.name === spanName);
  if (span === undefined) throw new Error(`${groupName} has no span ${spanName}`);
  return span;
}

beforeAll(async () => {
  fixtures = await loadRealFixtures();
});

describe("real instrumentation fixtures", () => {
  it("are all present, and nothing unexpected was recorded", () => {
    expect([...new Set(fixtures.map((fixture) => fixture.group))].sort()).toEqual(Object.keys(EXPECTED_GROUPS).sort());
  });

  it.each(Object.entries(EXPECTED_GROUPS))("%s decodes to the expected scopes and span names", (name, expected) => {
    const scopes = group(name).flatMap((fixture) => fixture.request.resourceSpans.flatMap((resource) => resource.scopeSpans.map((scope) => scope.scope.name)));
    expect([...new Set(scopes)].sort()).toEqual(expected.scopes);
    expect(spansOf(group(name)).map((span) => span.name).sort()).toEqual(expected.spans);
  });

  it.each(Object.keys(EXPECTED_GROUPS))("%s has valid ids, one trace, resolvable parents and ordered times", (name) => {
    const spans = spansOf(group(name));
    for (const span of spans) expect(validateSpanIds(span)).toBeNull();
    expect(new Set(spans.map((span) => span.traceId)).size).toBe(1);
    const spanIds = new Set(spans.map((span) => span.spanId));
    expect(spans.filter((span) => span.parentSpanId === null)).toHaveLength(1);
    for (const span of spans) if (span.parentSpanId !== null) expect(spanIds.has(span.parentSpanId)).toBe(true);
    for (const span of spans) {
      expect(span.startTimeUnixNano).toBeGreaterThan(1_700_000_000_000_000_000n);
      expect(span.endTimeUnixNano).toBeGreaterThanOrEqual(span.startTimeUnixNano);
    }
  });

  it("decodes the OTel SDK trace identically from http/protobuf, http/json, gzip and gRPC", () => {
    const [proto, ...others] = ["otel-sdk-genai-proto", "otel-sdk-genai-json", "otel-sdk-genai-proto-gzip", "otel-sdk-grpc"].map(
      (name) => group(name)[0]?.request,
    );
    expect(proto).toBeDefined();
    for (const other of others) expect(other).toEqual(proto);
  });

  it("keeps attribute types: numbers, doubles, arrays, JSON strings, status and events", () => {
    const chat = spanNamed("otel-sdk-genai-json", "chat gpt-4o-mini");
    expect(chat.kind).toBe(3);
    expect(chat.attributes).toMatchObject({ "gen_ai.usage.input_tokens": 42, "gen_ai.request.temperature": 0.2, "gen_ai.response.finish_reasons": ["tool_calls"] });
    expect(JSON.parse(chat.attributes["gen_ai.input.messages"] as string)).toEqual([
      { role: "user", parts: [{ type: "text", content: "What is the weather in Paris?" }] },
    ]);
    const failing = spanNamed("otel-sdk-grpc", "execute_tool lookup_forecast");
    expect(failing.status).toEqual({ code: 2, message: "forecast service timed out after 2000 ms" });
    expect(failing.events[0]?.attributes).toMatchObject({ "exception.type": "TimeoutError" });
  });

  it("keeps each library's own conventions intact", () => {
    expect(spanNamed("openinference-openai-chain", "weather-chain").attributes).toMatchObject({
      "openinference.span.kind": "CHAIN",
      "session.id": "session-oi-1",
      "user.id": "user-oi-7",
    });
    expect(spansOf(group("openinference-openai-chain")).map((span) => span.attributes["llm.token_count.prompt_details.cache_read"])).toContain(8);
    expect(spanNamed("vercel-ai-legacy", "ai.generateText").attributes).toMatchObject({
      "ai.telemetry.functionId": "weather-answer",
      "ai.settings.context.tags": ["fixture", "vercel-ai"],
    });
    expect(spanNamed("vercel-ai-genai", "invoke_agent gpt-4o-mini").attributes).toMatchObject({ "gen_ai.agent.name": "weather-answer" });
    expect(spanNamed("traceloop-openai-workflow", "weather_workflow.workflow").attributes).toMatchObject({
      "traceloop.span.kind": "workflow",
      "traceloop.association.properties.session_id": "session-tl-1",
    });
    const generation = spanNamed("langfuse-tracing", "chat gpt-4o-mini").attributes;
    expect(generation).toMatchObject({ "langfuse.observation.type": "generation", "langfuse.trace.tags": ["fixture", "langfuse"], "user.id": "user-lf-7" });
    expect(JSON.parse(generation["langfuse.observation.usage_details"] as string)).toMatchObject({ input: 42, output: 17, input_cached_tokens: 8 });
  });

  it("stay small enough to read and review", () => {
    for (const fixture of fixtures) expect(fixture.meta.bodyBytes).toBeLessThan(16 * 1024);
  });
});
