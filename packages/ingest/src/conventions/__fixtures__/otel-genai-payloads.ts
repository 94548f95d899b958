import { event, spanId, type TSpanFixture } from "./otlp-builders.ts";

/*
 * OTel GenAI spans, one per format version in SEMCONV.md §1.1, shaped like what
 * opentelemetry-instrumentation-openai, Semantic Kernel and AI SDK 7 emit.
 */

/** v1.26: `gen_ai.system`, prompt/completion token names, content on `gen_ai.content.*` events. */
export const GENAI_V1_26_CHAT: TSpanFixture = {
  name: "chat gpt-4",
  kind: 3,
  attributes: {
    "gen_ai.system": "openai",
    "gen_ai.request.model": "gpt-4",
    "gen_ai.request.temperature": 0.2,
    "gen_ai.request.max_tokens": 200,
    "gen_ai.response.model": "gpt-4-0613",
    "gen_ai.response.id": "chatcmpl-1",
    "gen_ai.response.finish_reasons": ["stop"],
    "gen_ai.usage.prompt_tokens": 20,
    "gen_ai.usage.completion_tokens": 7,
  },
  events: [
    event("gen_ai.content.prompt", {
      "gen_ai.prompt": '[{"role":"system","content":"Be brief."},{"role":"user","content":"Say hi"}]',
    }),
    event("gen_ai.content.completion", { "gen_ai.completion": '[{"role":"assistant","content":"Hi!"}]' }),
  ],
};

/** v1.28: message events with JSON bodies in `gen_ai.event.content` (Semantic Kernel), incl. tool calls. */
export const GENAI_V1_28_EVENTS: TSpanFixture = {
  name: "chat gpt-4o",
  kind: 3,
  attributes: {
    "gen_ai.operation.name": "chat",
    "gen_ai.system": "openai",
    "gen_ai.request.model": "gpt-4o",
    "gen_ai.usage.input_tokens": 120,
    "gen_ai.usage.output_tokens": 30,
  },
  events: [
    event("gen_ai.system.message", { "gen_ai.event.content": '{"content":"You answer weather questions."}' }),
    event("gen_ai.user.message", { "gen_ai.event.content": '{"role":"user","content":"Weather in Paris?"}' }),
    event("gen_ai.assistant.message", {
      "gen_ai.event.content": JSON.stringify({
        content: null,
        tool_calls: [
          { id: "call_1", type: "function", function: { name: "get_weather", arguments: '{"city":"Paris"}' } },
        ],
      }),
    }),
    // Body given as plain attributes, as log-event bridges do.
    event("gen_ai.tool.message", { id: "call_1", content: "rainy, 12°C" }),
    event("gen_ai.choice", {
      "gen_ai.event.content": JSON.stringify({
        index: 0,
        finish_reason: "stop",
        message: { content: "It is rainy and 12°C in Paris." },
      }),
    }),
  ],
};

const INPUT_MESSAGES_V1_37 = [
  { role: "user", parts: [{ type: "text", content: "Weather in Paris?" }] },
  {
    role: "assistant",
    parts: [{ type: "tool_call", id: "call_1", name: "get_weather", arguments: { city: "Paris" } }],
  },
  { role: "tool", parts: [{ type: "tool_call_response", id: "call_1", response: "rainy, 12°C" }] },
  {
    role: "user",
    parts: [
      { type: "text", content: "And this picture?" },
      { type: "uri", modality: "image", mime_type: "image/png", uri: "https://example.com/cloud.png" },
    ],
  },
];

const OUTPUT_MESSAGES_V1_37 = [
  {
    role: "assistant",
    parts: [
      { type: "reasoning", content: "The user wants weather and an image description." },
      { type: "text", content: "Rainy, 12°C. The picture shows a cloud." },
      { type: "tool_call", id: "call_2", name: "save_note", arguments: '{"text":"rain"}' },
    ],
    finish_reason: "tool_call",
  },
];

/** v1.37+: JSON messages with parts on the span, `gen_ai.provider.name`, system instructions as parts. */
export const GENAI_V1_37_JSON: TSpanFixture = {
  name: "chat gpt-4.1",
  kind: 3,
  attributes: {
    "gen_ai.operation.name": "chat",
    "gen_ai.provider.name": "openai",
    "gen_ai.request.model": "gpt-4.1",
    "gen_ai.response.model": "gpt-4.1-2025-04-14",
    "gen_ai.conversation.id": "conv-42",
    "gen_ai.system_instructions": JSON.stringify([{ type: "text", content: "You are a weather bot." }]),
    "gen_ai.input.messages": JSON.stringify(INPUT_MESSAGES_V1_37),
    "gen_ai.output.messages": JSON.stringify(OUTPUT_MESSAGES_V1_37),
    "gen_ai.usage.input_tokens": 300,
    "gen_ai.usage.output_tokens": 40,
  },
};

/** v1.40/1.41: Anthropic with cache tokens (already added into input, per the spec) and reasoning. */
export const GENAI_V1_40_CACHE: TSpanFixture = {
  name: "chat claude-sonnet-4-5",
  kind: 3,
  attributes: {
    "gen_ai.operation.name": "chat",
    "gen_ai.provider.name": "anthropic",
    "gen_ai.request.model": "claude-sonnet-4-5",
    "gen_ai.response.model": "claude-sonnet-4-5-20250929",
    "gen_ai.usage.input_tokens": 1300,
    "gen_ai.usage.cache_read.input_tokens": 1000,
    "gen_ai.usage.cache_creation.input_tokens": 200,
    "gen_ai.usage.output_tokens": 90,
    "gen_ai.usage.reasoning.output_tokens": 40,
    "gen_ai.response.time_to_first_chunk": 0.25,
  },
};

/** v1.37+: content on the `gen_ai.client.inference.operation.details` event instead of the span. */
export const GENAI_OPERATION_DETAILS: TSpanFixture = {
  name: "chat gemini-2.5-flash",
  kind: 3,
  attributes: {
    "gen_ai.operation.name": "chat",
    "gen_ai.provider.name": "gcp.gemini",
    "gen_ai.request.model": "gemini-2.5-flash",
  },
  events: [
    event("gen_ai.client.inference.operation.details", {
      "gen_ai.system_instructions": "Answer in French.",
      "gen_ai.input.messages": [{ role: "user", parts: [{ type: "text", content: "Hello" }] }],
      "gen_ai.output.messages": JSON.stringify([
        { role: "assistant", parts: [{ type: "text", content: "Bonjour" }], finish_reason: "stop" },
      ]),
    }),
  ],
};

/** AI SDK 7 default (GenAI mode): agent root, chat step, tool execution. */
export const AI_SDK_7_GENAI_TREE: TSpanFixture[] = [
  {
    name: "invoke_agent gpt-4o-mini",
    spanId: spanId(1),
    attributes: {
      "gen_ai.operation.name": "invoke_agent",
      "gen_ai.provider.name": "openai",
      "gen_ai.request.model": "gpt-4o-mini",
      "gen_ai.agent.name": "weather-agent",
      "gen_ai.input.messages": JSON.stringify([{ role: "user", parts: [{ type: "text", content: "Paris?" }] }]),
      "gen_ai.usage.input_tokens": 50,
      "gen_ai.usage.output_tokens": 10,
    },
  },
  {
    name: "chat gpt-4o-mini",
    spanId: spanId(2),
    parentSpanId: spanId(1),
    kind: 3,
    attributes: {
      "gen_ai.operation.name": "chat",
      "gen_ai.provider.name": "openai",
      "gen_ai.request.model": "gpt-4o-mini",
      "gen_ai.response.model": "gpt-4o-mini-2024-07-18",
      "gen_ai.usage.input_tokens": 50,
      "gen_ai.usage.output_tokens": 10,
      "gen_ai.usage.cache_read.input_tokens": 0,
    },
  },
  {
    name: "step 1",
    spanId: spanId(4),
    parentSpanId: spanId(1),
    attributes: {
      "gen_ai.operation.name": "agent_step",
      "ai.usage.inputTokenDetails.noCacheTokens": 50,
      "ai.usage.outputTokenDetails.textTokens": 10,
    },
  },
  {
    name: "execute_tool get_weather",
    spanId: spanId(3),
    parentSpanId: spanId(1),
    attributes: {
      "gen_ai.operation.name": "execute_tool",
      "gen_ai.tool.name": "get_weather",
      "gen_ai.tool.call.id": "call_9",
      "gen_ai.tool.call.arguments": '{"city":"Paris"}',
      "gen_ai.tool.call.result": '{"forecast":"rain"}',
    },
  },
];

/** A failed call: status ERROR with no message, `error.type`, and an `exception` event. */
export const GENAI_FAILED_CALL: TSpanFixture = {
  name: "chat gpt-4o",
  kind: 3,
  status: { code: 2, message: "" },
  attributes: {
    "gen_ai.operation.name": "chat",
    "gen_ai.provider.name": "openai",
    "gen_ai.request.model": "gpt-4o",
    "error.type": "openai.RateLimitError",
  },
  events: [
    event("exception", {
      "exception.type": "openai.RateLimitError",
      "exception.message": "Rate limit reached",
      "exception.stacktrace": "Traceback (most recent call last): ...",
    }),
  ],
};
