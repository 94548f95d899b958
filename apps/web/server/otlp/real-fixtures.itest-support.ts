import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { deflateRawSync, deflateSync, gzipSync } from "node:zlib";
import type { TChatMessageContract, TSpan, TSpanKindName, TTraceDetail } from "@spanlight/core";
import { expect } from "vitest";
import { REAL_FIXTURES_DIR } from "../../../../packages/ingest/test/load-real-fixtures.ts";
import type { TFixtureMeta } from "../../../../packages/ingest/scripts/capture/write-fixtures.ts";

/**
 * The recorded requests of packages/ingest/test/fixtures/real as raw bodies, and what each recording
 * must look like once stored. Ids and times change on re-recording; names, attributes and structure
 * do not (see the README there), so only those are asserted.
 */

export type TRecordedBody = {
  fixture: string;
  body: Buffer;
  contentType: string;
  contentEncoding: string | null;
  path: string;
};

/** One replay: the requests of one recording, sent in order into one fresh project. */
export type TReplay = { label: string; group: string; requests: TRecordedBody[] };

const LANGFUSE_PATH = "/api/public/otel/v1/traces";

function readRecordedBodies(): TRecordedBody[] {
  const metaFiles = readdirSync(REAL_FIXTURES_DIR)
    .filter((file) => file.endsWith(".meta.json"))
    .sort();
  return metaFiles.map((metaFile) => {
    const meta = JSON.parse(readFileSync(path.join(REAL_FIXTURES_DIR, metaFile), "utf8")) as TFixtureMeta;
    const isPlainJson = (meta.contentType?.includes("json") ?? false) && meta.contentEncoding === null;
    return {
      fixture: meta.fixture,
      body: readFileSync(path.join(REAL_FIXTURES_DIR, `${meta.fixture}.${isPlainJson ? "json" : "bin"}`)),
      // The gRPC recording holds the bare ExportTraceServiceRequest message: over HTTP it is protobuf.
      contentType: meta.transport === "grpc" ? "application/x-protobuf" : (meta.contentType ?? ""),
      contentEncoding: meta.contentEncoding,
      path: meta.path.endsWith(LANGFUSE_PATH) ? LANGFUSE_PATH : "/v1/traces",
    };
  });
}

/** One recording's body as it was sent, e.g. `otel-sdk-grpc` (the bare ExportTraceServiceRequest). */
export function recordedBodyOf(fixture: string): TRecordedBody {
  const recorded = readRecordedBodies().find((candidate) => candidate.fixture === fixture);
  if (!recorded) throw new Error(`no recorded fixture ${fixture}`);
  return recorded;
}

const COMPRESSIONS: [label: string, encoding: string, compress: (body: Buffer) => Buffer][] = [
  ["gzip", "gzip", gzipSync],
  ["deflate", "deflate", deflateSync],
  ["raw deflate", "deflate", deflateRawSync],
];

/** Every recording as sent, and each uncompressed protobuf recording again gzip-, deflate- and raw-deflate-compressed. */
export function realFixtureReplays(): TReplay[] {
  const groups = new Map<string, TRecordedBody[]>();
  for (const recorded of readRecordedBodies()) {
    const group = recorded.fixture.replace(/-\d+$/, "");
    groups.set(group, [...(groups.get(group) ?? []), recorded]);
  }
  const replays: TReplay[] = [];
  for (const [group, requests] of groups) {
    const encodings = [...new Set(requests.map((request) => request.contentEncoding ?? "identity"))].join("+");
    replays.push({ label: `${group} (${requests[0]!.contentType}, ${encodings})`, group, requests });
    if (
      !requests.every((request) => request.contentType === "application/x-protobuf" && request.contentEncoding === null)
    )
      continue;
    for (const [label, encoding, compress] of COMPRESSIONS) {
      const compressed = requests.map((request) => ({
        ...request,
        body: compress(request.body),
        contentEncoding: encoding,
      }));
      replays.push({ label: `${group} (application/x-protobuf, ${label})`, group, requests: compressed });
    }
  }
  return replays;
}

type TTreeRow = [name: string, kind: TSpanKindName, parentName: string | null];

/** The spans as (name, kind, parent's name) rows, so a tree can be compared whatever the ids are. */
function treeOf(trace: TTraceDetail): TTreeRow[] {
  const nameById = new Map(trace.spans.map((span) => [span.spanId, span.name]));
  return trace.spans
    .map((span): TTreeRow => [
      span.name,
      span.kind,
      span.parentSpanId === null ? null : (nameById.get(span.parentSpanId) ?? "<missing>"),
    ])
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

function expectTree(trace: TTraceDetail, rows: TTreeRow[]): void {
  expect(treeOf(trace)).toEqual([...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))));
  const roots = trace.spans.filter((span) => span.parentSpanId === null);
  expect(roots.map((span) => span.spanId)).toEqual([trace.rootSpanId]);
}

function spansNamed(trace: TTraceDetail, name: string): TSpan[] {
  const spans = trace.spans.filter((span) => span.name === name);
  expect(spans.length, `spans named ${name}`).toBeGreaterThan(0);
  return spans;
}

/** A priced model call: the fixture's mock answers with 42 in (8 cached), 17 out (5 reasoning). */
function expectPricedCall(span: TSpan, model: string): void {
  expect(span).toMatchObject({
    kind: "LLM",
    model,
    inputTokens: 42,
    outputTokens: 17,
    totalTokens: 59,
    costSource: "price",
  });
  expect(span.costUsd).toBeGreaterThan(0);
}

/** The trace's cost is its model calls' costs added up (the rollup must not count an agent's total again). */
function expectCostRollup(trace: TTraceDetail, modelCalls: TSpan[]): void {
  expect(trace.costUsd).toBeGreaterThan(0);
  expect(trace.costUsd).toBeCloseTo(
    modelCalls.reduce((sum, span) => sum + (span.costUsd ?? 0), 0),
    12,
  );
}

const SYSTEM = { role: "system", content: "You are a concise weather assistant." };
const QUESTION = { role: "user", content: "What is the weather in Paris?" };
const ANSWER = "It is sunny and 21 °C in Paris.";

function toolCallOf(message: TChatMessageContract | undefined) {
  return message?.toolCalls?.map(({ id, name, arguments: args }) => ({
    id,
    name,
    arguments: JSON.parse(args) as unknown,
  }));
}

function otelSdk(trace: TTraceDetail): void {
  expect(trace).toMatchObject({
    name: "invoke_agent weather-agent",
    spanCount: 4,
    errorCount: 1,
    inputTokens: 42,
    outputTokens: 17,
    totalTokens: 59,
    cacheReadTokens: 8,
    reasoningTokens: 5,
    userId: "user-7",
    sessionId: "conversation-42",
    environment: "test",
  });
  expectTree(trace, [
    ["invoke_agent weather-agent", "AGENT", null],
    ["chat gpt-4o-mini", "LLM", "invoke_agent weather-agent"],
    ["execute_tool get_weather", "TOOL", "invoke_agent weather-agent"],
    ["execute_tool lookup_forecast", "TOOL", "invoke_agent weather-agent"],
  ]);
  const [chat] = spansNamed(trace, "chat gpt-4o-mini");
  expectPricedCall(chat!, "gpt-4o-mini-2024-07-18");
  expect(chat).toMatchObject({
    provider: "openai",
    otelSpanKind: 3,
    cacheReadTokens: 8,
    reasoningTokens: 5,
    modelParameters: { temperature: 0.2, max_tokens: 256 },
  });
  expect(chat!.inputMessages).toEqual([SYSTEM, QUESTION]);
  expect(toolCallOf(chat!.outputMessages?.[0])).toEqual([
    { id: "call_weather_1", name: "get_weather", arguments: { city: "Paris" } },
  ]);
  expectCostRollup(trace, [chat!]);
  const [failing] = spansNamed(trace, "execute_tool lookup_forecast");
  expect(failing).toMatchObject({ statusCode: "ERROR", statusMessage: "forecast service timed out after 2000 ms" });
  expect(failing!.exceptions).toHaveLength(1);
}

function openInference(trace: TTraceDetail): void {
  expect(trace).toMatchObject({
    name: "weather-chain",
    spanCount: 3,
    inputTokens: 84,
    outputTokens: 34,
    totalTokens: 118,
    cacheReadTokens: 16,
    userId: "user-oi-7",
    sessionId: "session-oi-1",
    tags: ["fixture", "openinference"],
    outputPreview: ANSWER,
  });
  expectTree(trace, [
    ["weather-chain", "CHAIN", null],
    ["OpenAI Chat Completions", "LLM", "weather-chain"],
    ["OpenAI Chat Completions", "LLM", "weather-chain"],
  ]);
  // Spans come back in start order: the tool call first, then the answer after the tool result.
  const [toolCall, answer] = spansNamed(trace, "OpenAI Chat Completions");
  for (const call of [toolCall!, answer!]) expectPricedCall(call, "gpt-4o-mini-2024-07-18");
  expect(toolCall!.inputMessages).toEqual([SYSTEM, QUESTION]);
  expect(toolCall!.outputMessages).toHaveLength(1);
  expect(toolCallOf(toolCall!.outputMessages![0])).toEqual([
    { id: "call_mock_1", name: "get_weather", arguments: { city: "Paris" } },
  ]);
  const toolResult = answer!.inputMessages?.find((message) => message.role === "tool");
  expect(toolResult).toMatchObject({ toolCallId: "call_mock_1" });
  expect(JSON.parse(toolResult!.content!)).toEqual({ temperature_c: 21, sky: "sunny" });
  expect(answer!.outputMessages).toEqual([{ role: "assistant", content: ANSWER }]);
  expectCostRollup(trace, [toolCall!, answer!]);
}

function vercelAiGenAi(trace: TTraceDetail): void {
  expect(trace).toMatchObject({
    name: "invoke_agent gpt-4o-mini",
    spanCount: 6,
    inputTokens: 84,
    outputTokens: 34,
    userId: "user-ai-7",
    sessionId: "session-ai-1",
    tags: ["fixture", "vercel-ai"],
  });
  expectTree(trace, [
    ["invoke_agent gpt-4o-mini", "AGENT", null],
    ["step 1", "CHAIN", "invoke_agent gpt-4o-mini"],
    ["step 2", "CHAIN", "invoke_agent gpt-4o-mini"],
    ["chat gpt-4o-mini", "LLM", "step 1"],
    ["execute_tool getWeather", "TOOL", "step 1"],
    ["chat gpt-4o-mini", "LLM", "step 2"],
  ]);
  const [toolCall, answer] = spansNamed(trace, "chat gpt-4o-mini");
  for (const call of [toolCall!, answer!]) expectPricedCall(call, "gpt-4o-mini-2024-07-18");
  expect(toolCallOf(toolCall!.outputMessages?.[0])).toEqual([
    { id: "call_mock_3", name: "getWeather", arguments: { city: "Paris" } },
  ]);
  expect(answer!.inputMessages?.find((message) => message.role === "tool")).toMatchObject({
    toolCallId: "call_mock_3",
  });
  expect(answer!.outputMessages?.[0]).toMatchObject({ role: "assistant", content: ANSWER });
  expectCostRollup(trace, [toolCall!, answer!]);
}

function vercelAiLegacy(trace: TTraceDetail): void {
  expect(trace).toMatchObject({
    name: "ai.generateText",
    spanCount: 4,
    inputTokens: 84,
    outputTokens: 34,
    userId: "user-ai-7",
    tags: ["fixture", "vercel-ai"],
  });
  expectTree(trace, [
    ["ai.generateText", "CHAIN", null],
    ["ai.generateText.doGenerate", "LLM", "ai.generateText"],
    ["ai.generateText.doGenerate", "LLM", "ai.generateText"],
    ["ai.toolCall", "TOOL", "ai.generateText.doGenerate"],
  ]);
  const [toolCall, answer] = spansNamed(trace, "ai.generateText.doGenerate");
  for (const call of [toolCall!, answer!]) expectPricedCall(call, "gpt-4o-mini-2024-07-18");
  expect(toolCallOf(toolCall!.outputMessages?.[0])).toEqual([
    { id: "call_mock_5", name: "getWeather", arguments: { city: "Paris" } },
  ]);
  expect(answer!.inputMessages?.find((message) => message.role === "tool")).toMatchObject({
    toolCallId: "call_mock_5",
  });
  expectCostRollup(trace, [toolCall!, answer!]);
}

/** One request per span, the chat call before its workflow: the root arrives last. */
function traceloop(trace: TTraceDetail): void {
  expect(trace).toMatchObject({
    name: "weather_workflow.workflow",
    spanCount: 2,
    inputTokens: 42,
    outputTokens: 17,
    totalTokens: 59,
    userId: "user-tl-7",
    sessionId: "session-tl-1",
  });
  expectTree(trace, [
    ["weather_workflow.workflow", "CHAIN", null],
    ["chat gpt-4o-mini", "LLM", "weather_workflow.workflow"],
  ]);
  const [chat] = spansNamed(trace, "chat gpt-4o-mini");
  expectPricedCall(chat!, "gpt-4o-mini-2024-07-18");
  expect(chat!.inputMessages).toEqual([SYSTEM, QUESTION]);
  expect(chat!.outputMessages?.[0]).toMatchObject({ role: "assistant", content: ANSWER });
  expectCostRollup(trace, [chat!]);
}

function langfuse(trace: TTraceDetail): void {
  expect(trace).toMatchObject({
    name: "weather-request",
    spanCount: 3,
    inputTokens: 42,
    outputTokens: 17,
    userId: "user-lf-7",
    sessionId: "session-lf-1",
    tags: ["fixture", "langfuse"],
    environment: "fixtures",
    release: "1.2.3",
  });
  expectTree(trace, [
    ["weather-agent", "AGENT", null],
    ["get_weather", "TOOL", "weather-agent"],
    ["chat gpt-4o-mini", "LLM", "weather-agent"],
  ]);
  const [generation] = spansNamed(trace, "chat gpt-4o-mini");
  // The SDK sent its own cost_details (total 0.0000165): a provided cost wins over the price table.
  expect(generation).toMatchObject({
    model: "gpt-4o-mini",
    costSource: "provided",
    promptName: "weather-system",
    promptVersion: "3",
  });
  expect(generation!.costUsd).toBeCloseTo(0.0000165, 12);
  expect(trace.costUsd).toBeCloseTo(0.0000165, 12);
  expect(generation!.inputMessages).toEqual([SYSTEM, QUESTION]);
  expect(generation!.outputMessages?.[0]).toMatchObject({ role: "assistant", content: ANSWER });
}

/** Spans as usual; the evaluation results they carry are checked in otlp-http-eval-scores.itest.ts. */
function evaluations(trace: TTraceDetail): void {
  expect(trace).toMatchObject({ name: "qa-chain", spanCount: 3 });
  expectTree(trace, [
    ["qa-chain", "CHAIN", null],
    ["chat gpt-4o-mini", "LLM", "qa-chain"],
    ["judge-v2 correctness", "SPAN", "qa-chain"],
  ]);
}

/** Ax 24: tokens come only from the `gen_ai.usage` event, whose input left the 8 cached tokens out. */
function ax(sessionId: string): (trace: TTraceDetail) => void {
  return (trace) => {
    expect(trace).toMatchObject({ name: "AxGen", spanCount: 2, inputTokens: 42, outputTokens: 17, totalTokens: 59, sessionId });
    expectTree(trace, [
      ["AxGen", "CHAIN", null],
      ["AI Chat Request", "LLM", "AxGen"],
    ]);
    const [chat] = spansNamed(trace, "AI Chat Request");
    expectPricedCall(chat!, "gpt-4o-mini");
    expect(chat!.inputMessages?.map((message) => message.role)).toEqual(["system", "user"]);
    expectCostRollup(trace, [chat!]);
  };
}

/** What each recording group must become once stored. */
export const STORED_TRACE_EXPECTATIONS: Record<string, (trace: TTraceDetail) => void> = {
  "otel-sdk-genai-proto": otelSdk,
  "otel-sdk-genai-json": otelSdk,
  "otel-sdk-genai-proto-gzip": otelSdk,
  "otel-sdk-grpc": otelSdk,
  "openinference-openai-chain": openInference,
  "vercel-ai-genai": vercelAiGenAi,
  "vercel-ai-legacy": vercelAiLegacy,
  "traceloop-openai-workflow": traceloop,
  "langfuse-tracing": langfuse,
  "evaluations-otel": evaluations,
  "ax-chat": ax("session-ax-plain"),
  "ax-stream": ax("session-ax-stream"),
};
