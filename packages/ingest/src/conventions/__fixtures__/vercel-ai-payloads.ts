import { spanId, type TSpanFixture } from "./otlp-builders.ts";

/*
 * AI SDK legacy `ai.*` spans per major version (SEMCONV.md §4.1), shaped after the snapshots in
 * vercel/ai (`generate-text.test.ts.snap`, `stream-text.test.ts.snap`, `legacy-open-telemetry.test.ts.snap`).
 */

const TELEMETRY = {
  "ai.telemetry.functionId": "trip-chat",
  "ai.telemetry.metadata.userId": "user-ai",
  "ai.telemetry.metadata.sessionId": "sess-ai",
  "ai.telemetry.metadata.tags": ["web", "beta"],
  "ai.telemetry.metadata.plan": "pro",
};

/** v3: results under `ai.result.*`, finish reason at `ai.finishReason`. */
export const AI_V3_DO_GENERATE: TSpanFixture = {
  name: "ai.generateText.doGenerate",
  kind: 3,
  attributes: {
    ...TELEMETRY,
    "operation.name": "ai.generateText.doGenerate trip-chat",
    "ai.operationId": "ai.generateText.doGenerate",
    "ai.model.id": "gpt-4-turbo",
    "ai.model.provider": "openai.chat",
    "ai.settings.maxRetries": 2,
    "ai.prompt.format": "messages",
    "ai.prompt.messages": '[{"role":"user","content":[{"type":"text","text":"Weather in Paris?"}]}]',
    "ai.result.text": "",
    "ai.result.toolCalls":
      '[{"toolCallType":"function","toolCallId":"call_1","toolName":"weather","args":"{\\"city\\":\\"Paris\\"}"}]',
    "ai.finishReason": "tool-calls",
    "ai.usage.promptTokens": 50,
    "ai.usage.completionTokens": 12,
  },
};

/** v4 (and v5/v6 generateText): `ai.response.*`, prompt/completion token names, `gen_ai.*` copies. */
export const AI_V4_DO_GENERATE: TSpanFixture = {
  name: "ai.generateText.doGenerate",
  kind: 3,
  attributes: {
    ...TELEMETRY,
    "ai.operationId": "ai.generateText.doGenerate",
    "ai.model.id": "gpt-4o",
    "ai.model.provider": "openai.chat",
    "ai.settings.temperature": 0.3,
    "ai.prompt.messages": JSON.stringify([
      { role: "system", content: "You are helpful." },
      { role: "user", content: [{ type: "text", text: "Weather in Paris?" }] },
      {
        role: "assistant",
        content: [{ type: "tool-call", toolCallId: "call_1", toolName: "weather", args: { city: "Paris" } }],
      },
      {
        role: "tool",
        content: [{ type: "tool-result", toolCallId: "call_1", toolName: "weather", result: { forecast: "rain" } }],
      },
    ]),
    "ai.response.text": "It will rain in Paris.",
    "ai.response.finishReason": "stop",
    "ai.response.model": "gpt-4o-2024-08-06",
    "ai.response.id": "chatcmpl-3",
    "ai.usage.promptTokens": 80,
    "ai.usage.completionTokens": 9,
    "gen_ai.system": "openai.chat",
    "gen_ai.request.model": "gpt-4o",
    "gen_ai.request.temperature": 0.3,
    "gen_ai.response.model": "gpt-4o-2024-08-06",
    "gen_ai.usage.input_tokens": 80,
    "gen_ai.usage.output_tokens": 9,
  },
};

/** v5/v6 streamText: input/output token names, cached input, v5 tool-call `input` / tool-result `output`. */
export const AI_V5_DO_STREAM: TSpanFixture = {
  name: "ai.streamText.doStream",
  kind: 3,
  attributes: {
    ...TELEMETRY,
    "ai.operationId": "ai.streamText.doStream",
    "ai.model.id": "gpt-5-mini",
    "ai.model.provider": "openai.responses",
    "ai.prompt.messages": JSON.stringify([
      { role: "user", content: [{ type: "text", text: "Plan a trip" }] },
      {
        role: "assistant",
        content: [
          { type: "reasoning", text: "Need dates first." },
          { type: "tool-call", toolCallId: "c1", toolName: "calendar", input: { month: "May" } },
        ],
      },
      {
        role: "tool",
        content: [
          {
            type: "tool-result",
            toolCallId: "c1",
            toolName: "calendar",
            output: { type: "json", value: { free: [3, 4] } },
          },
        ],
      },
    ]),
    "ai.response.text": "May 3–4 works.",
    "ai.response.toolCalls": '[{"toolCallId":"c2","toolName":"book","input":{"day":3}}]',
    "ai.response.finishReason": "tool-calls",
    "ai.response.msToFirstChunk": 412.5,
    "ai.usage.inputTokens": 2000,
    "ai.usage.outputTokens": 300,
    "ai.usage.totalTokens": 2300,
    "ai.usage.reasoningTokens": 120,
    "ai.usage.cachedInputTokens": 1536,
  },
};

/** AI SDK 5 with Anthropic: `inputTokens` excludes the cache; cache writes only in provider metadata. */
export const AI_V5_ANTHROPIC_EXCLUSIVE: TSpanFixture = {
  name: "ai.streamText.doStream",
  kind: 3,
  attributes: {
    "ai.operationId": "ai.streamText.doStream",
    "ai.model.id": "claude-3-7-sonnet-20250219",
    "ai.model.provider": "anthropic.messages",
    "ai.usage.inputTokens": 40,
    "ai.usage.outputTokens": 100,
    "ai.usage.cachedInputTokens": 3000,
    "ai.response.providerMetadata": '{"anthropic":{"cacheCreationInputTokens":500}}',
  },
};

/** v7 legacy: input/output token details, runtime context instead of telemetry metadata. */
export const AI_V7_LEGACY_DO_GENERATE: TSpanFixture = {
  name: "ai.generateText.doGenerate",
  kind: 3,
  attributes: {
    "ai.operationId": "ai.generateText.doGenerate",
    "ai.model.id": "claude-sonnet-4-5",
    "ai.model.provider": "anthropic.messages",
    "ai.settings.maxOutputTokens": 1024,
    "ai.settings.runtimeContext.userId": "user-v7",
    "ai.settings.runtimeContext.sessionId": "sess-v7",
    "ai.settings.runtimeContext.tags": "alpha, beta",
    "ai.settings.runtimeContext.region": "eu",
    "ai.response.text": "Done.",
    "ai.usage.inputTokens": 1500,
    "ai.usage.inputTokenDetails.noCacheTokens": 300,
    "ai.usage.inputTokenDetails.cacheReadTokens": 1000,
    "ai.usage.inputTokenDetails.cacheWriteTokens": 200,
    "ai.usage.outputTokens": 80,
    "ai.usage.outputTokenDetails.textTokens": 50,
    "ai.usage.outputTokenDetails.reasoningTokens": 30,
  },
};

/** v7 legacy with only the details (no inclusive totals). */
export const AI_V7_DETAILS_ONLY: TSpanFixture = {
  name: "ai.generateText.doGenerate",
  attributes: {
    "ai.operationId": "ai.generateText.doGenerate",
    "ai.model.id": "gpt-4.1-mini",
    "ai.usage.inputTokenDetails.noCacheTokens": 100,
    "ai.usage.inputTokenDetails.cacheReadTokens": 400,
    "ai.usage.outputTokenDetails.textTokens": 20,
    "ai.usage.outputTokenDetails.reasoningTokens": 10,
  },
};

/** The outer generateText span around one call and one tool execution. */
export const AI_GENERATE_TEXT_TREE: TSpanFixture[] = [
  {
    name: "ai.generateText",
    spanId: spanId(1),
    attributes: {
      ...TELEMETRY,
      "ai.operationId": "ai.generateText",
      "ai.model.id": "gpt-4o",
      "ai.model.provider": "openai.chat",
      "ai.prompt": '{"system":"You are helpful.","prompt":"Weather in Paris?"}',
      "ai.response.text": "It will rain in Paris.",
      "ai.usage.promptTokens": 130,
      "ai.usage.completionTokens": 21,
    },
  },
  { ...AI_V4_DO_GENERATE, spanId: spanId(2), parentSpanId: spanId(1) },
  {
    name: "ai.toolCall",
    spanId: spanId(3),
    parentSpanId: spanId(1),
    attributes: {
      ...TELEMETRY,
      "ai.operationId": "ai.toolCall",
      "ai.toolCall.name": "weather",
      "ai.toolCall.id": "call_1",
      "ai.toolCall.args": '{"city":"Paris"}',
      "ai.toolCall.result": '{"forecast":"rain"}',
    },
  },
];
