import { spanId, type TSpanFixture } from "./otlp-builders.ts";

/*
 * OpenLLMetry / Traceloop spans (SEMCONV.md §3): the workflow layer, a legacy `openai.chat` span with
 * indexed prompt/completion attributes and tool calls (as traceloop-sdk ≤0.54 writes them), and the
 * current GenAI-format span.
 */

const CONTEXT = {
  "traceloop.workflow.name": "trip_planner",
  "traceloop.association.properties.user_id": "user-tl",
  "traceloop.association.properties.session_id": "sess-tl",
  "traceloop.association.properties.customer_id": "cust-9",
};

export const TRACELOOP_WORKFLOW_TREE: TSpanFixture[] = [
  {
    name: "trip_planner.workflow",
    spanId: spanId(1),
    attributes: {
      ...CONTEXT,
      "traceloop.span.kind": "workflow",
      "traceloop.entity.name": "trip_planner",
      "traceloop.entity.input": '{"args":[],"kwargs":{"city":"Paris"}}',
      "traceloop.entity.output": '"Booked."',
    },
  },
  {
    name: "planner.agent",
    spanId: spanId(2),
    parentSpanId: spanId(1),
    attributes: { ...CONTEXT, "traceloop.span.kind": "agent", "traceloop.entity.name": "planner" },
  },
  {
    name: "pick_hotel.task",
    spanId: spanId(3),
    parentSpanId: spanId(2),
    attributes: { ...CONTEXT, "traceloop.span.kind": "task", "traceloop.entity.name": "pick_hotel" },
  },
  {
    name: "book_hotel.tool",
    spanId: spanId(4),
    parentSpanId: spanId(3),
    attributes: {
      ...CONTEXT,
      "traceloop.span.kind": "tool",
      "traceloop.entity.name": "book_hotel",
      "gen_ai.tool.name": "book_hotel",
      "traceloop.entity.input": '{"args":["Paris"],"kwargs":{}}',
      "traceloop.entity.output": '{"confirmation":"H-1"}',
    },
  },
];

/** Legacy `openai.chat` with tool calls in the history and in the completion. */
export const OPENLLMETRY_LEGACY_CHAT: TSpanFixture = {
  name: "openai.chat",
  kind: 3,
  attributes: {
    ...CONTEXT,
    "llm.request.type": "chat",
    "gen_ai.system": "OpenAI",
    "gen_ai.request.model": "gpt-4o",
    "gen_ai.request.temperature": 0.7,
    "gen_ai.response.model": "gpt-4o-2024-08-06",
    "llm.is_streaming": false,
    "gen_ai.prompt.0.role": "system",
    "gen_ai.prompt.0.content": "You book trips.",
    "gen_ai.prompt.1.role": "user",
    "gen_ai.prompt.1.content": "Book a hotel in Paris",
    "gen_ai.prompt.2.role": "assistant",
    "gen_ai.prompt.2.tool_calls.0.id": "call_1",
    "gen_ai.prompt.2.tool_calls.0.name": "search_hotels",
    "gen_ai.prompt.2.tool_calls.0.arguments": '{"city":"Paris"}',
    "gen_ai.prompt.3.role": "tool",
    "gen_ai.prompt.3.content": '[{"name":"Hotel Lutetia"}]',
    "gen_ai.prompt.3.tool_call_id": "call_1",
    "gen_ai.completion.0.role": "assistant",
    "gen_ai.completion.0.finish_reason": "tool_calls",
    "gen_ai.completion.0.tool_calls.0.id": "call_2",
    "gen_ai.completion.0.tool_calls.0.name": "book_hotel",
    "gen_ai.completion.0.tool_calls.0.arguments": '{"hotel":"Hotel Lutetia"}',
    "gen_ai.usage.prompt_tokens": 420,
    "gen_ai.usage.completion_tokens": 25,
    "llm.usage.total_tokens": 445,
    "gen_ai.usage.cache_read_input_tokens": 256,
    "gen_ai.prompt.name": "ignored-when-traceloop-prompt-is-set",
    "traceloop.prompt.key": "trip-booking",
    "traceloop.prompt.version": 4,
  },
};

/** Current (Python ≥0.55): GenAI ≥1.37 keys plus OpenLLMetry's own total and reasoning counts. */
export const OPENLLMETRY_CURRENT_CHAT: TSpanFixture = {
  name: "openai.chat",
  kind: 3,
  attributes: {
    ...CONTEXT,
    "gen_ai.operation.name": "chat",
    "gen_ai.provider.name": "openai",
    "gen_ai.request.model": "o4-mini",
    "gen_ai.request.reasoning_effort": "low",
    "gen_ai.response.model": "o4-mini-2025-04-16",
    "gen_ai.input.messages": JSON.stringify([
      { role: "developer", parts: [{ type: "text", content: "Be terse." }] },
      { role: "user", parts: [{ type: "text", content: "2+2?" }] },
    ]),
    "gen_ai.output.messages": JSON.stringify([
      { role: "assistant", parts: [{ type: "text", content: "4" }], finish_reason: "stop" },
    ]),
    "gen_ai.usage.input_tokens": 30,
    "gen_ai.usage.output_tokens": 200,
    "gen_ai.usage.total_tokens": 230,
    "gen_ai.usage.reasoning_tokens": 192,
    "gen_ai.usage.cache_read.input_tokens": 0,
  },
};
