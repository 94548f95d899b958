import { event, spanId, type TSpanFixture } from "./otlp-builders.ts";

/*
 * OpenInference spans: an OpenAI LLM span with flattened messages, tool calls and multimodal
 * contents (as openinference-instrumentation-openai writes them), and the DSPy span tree from
 * openinference-instrumentation-dspy's test_instrumentor.py (SEMCONV.md §2.3).
 */

export const OPENINFERENCE_TOOL_CALLS: TSpanFixture = {
  name: "ChatCompletion",
  attributes: {
    "openinference.span.kind": "LLM",
    "llm.model_name": "gpt-4o-2024-08-06",
    "llm.provider": "openai",
    "llm.system": "openai",
    "llm.invocation_parameters": '{"temperature":0.1,"tool_choice":"auto"}',
    "input.value": '{"model":"gpt-4o","messages":[]}',
    "input.mime_type": "application/json",
    "output.value": '{"id":"chatcmpl-2"}',
    "output.mime_type": "application/json",
    "llm.input_messages.0.message.role": "system",
    "llm.input_messages.0.message.content": "You are a travel agent.",
    "llm.input_messages.1.message.role": "user",
    "llm.input_messages.1.message.contents.0.message_content.type": "text",
    "llm.input_messages.1.message.contents.0.message_content.text": "Where is this?",
    "llm.input_messages.1.message.contents.1.message_content.type": "image",
    "llm.input_messages.1.message.contents.1.message_content.image.image.url": "https://example.com/eiffel.jpg",
    "llm.input_messages.2.message.role": "assistant",
    "llm.input_messages.2.message.tool_calls.0.tool_call.id": "call_a",
    "llm.input_messages.2.message.tool_calls.0.tool_call.function.name": "lookup_landmark",
    "llm.input_messages.2.message.tool_calls.0.tool_call.function.arguments": '{"image":"eiffel.jpg"}',
    "llm.input_messages.3.message.role": "tool",
    "llm.input_messages.3.message.tool_call_id": "call_a",
    "llm.input_messages.3.message.content": "Eiffel Tower, Paris",
    "llm.output_messages.0.message.role": "assistant",
    "llm.output_messages.0.message.tool_calls.0.tool_call.id": "call_b",
    "llm.output_messages.0.message.tool_calls.0.tool_call.function.name": "book_hotel",
    "llm.output_messages.0.message.tool_calls.0.tool_call.function.arguments": '{"city":"Paris"}',
    "llm.output_messages.0.message.tool_calls.1.tool_call.id": "call_c",
    "llm.output_messages.0.message.tool_calls.1.tool_call.function.name": "book_flight",
    "llm.output_messages.0.message.tool_calls.1.tool_call.function.arguments": '{"to":"CDG"}',
    "llm.token_count.prompt": 900,
    "llm.token_count.completion": 60,
    "llm.token_count.total": 960,
    "llm.token_count.prompt_details.cache_read": 512,
    "llm.token_count.completion_details.reasoning": 0,
    "llm.cost.prompt": 0.0015,
    "llm.cost.completion": 0.0006,
    "session.id": "sess-oi",
    "user.id": "user-oi",
    "tag.tags": ["travel", "beta"],
    metadata: '{"tenant":"acme","attempt":2}',
    "prompt.id": "travel-agent",
    "llm.prompt_template.version": "v3",
  },
};

const RAG_INPUT = '{"question":"What is DSPy?"}';
const RAG_OUTPUT = '{"answer":"A framework for programming language models."}';

/** `RAG.forward` → `Retrieve.forward` and `Predict(StringSignature).forward` → `ChatAdapter.__call__` → `LM.__call__`. */
export const DSPY_RAG_TREE: TSpanFixture[] = [
  {
    name: "RAG.forward",
    spanId: spanId(1),
    status: { code: 1, message: "" },
    attributes: {
      "openinference.span.kind": "CHAIN",
      "input.value": RAG_INPUT,
      "input.mime_type": "application/json",
      "output.value": RAG_OUTPUT,
      "output.mime_type": "application/json",
    },
  },
  {
    name: "Retrieve.forward",
    spanId: spanId(2),
    parentSpanId: spanId(1),
    status: { code: 1, message: "" },
    attributes: {
      "openinference.span.kind": "RETRIEVER",
      "input.value": '{"query_or_queries":"What is DSPy?"}',
      "input.mime_type": "application/json",
      "retrieval.documents.0.document.content": "DSPy is a framework for programming LMs.",
      "retrieval.documents.0.document.id": 7,
      "retrieval.documents.0.document.score": 0.92,
      "retrieval.documents.1.document.content": "It compiles declarative pipelines.",
      "retrieval.documents.1.document.metadata": '{"source":"docs"}',
    },
  },
  {
    name: "Predict(StringSignature).forward",
    spanId: spanId(3),
    parentSpanId: spanId(1),
    status: { code: 1, message: "" },
    attributes: {
      "openinference.span.kind": "CHAIN",
      "input.value": '{"context":["DSPy is a framework for programming LMs."],"question":"What is DSPy?"}',
      "input.mime_type": "application/json",
      "output.value": RAG_OUTPUT,
      "output.mime_type": "application/json",
    },
  },
  {
    name: "ChatAdapter.__call__",
    spanId: spanId(4),
    parentSpanId: spanId(3),
    status: { code: 1, message: "" },
    attributes: {
      "openinference.span.kind": "CHAIN",
      "input.value": '{"demos":[],"inputs":{"question":"What is DSPy?"}}',
      "input.mime_type": "application/json",
      "output.value": '[{"answer":"A framework for programming language models."}]',
      "output.mime_type": "application/json",
    },
  },
  {
    name: "LM.__call__",
    spanId: spanId(5),
    parentSpanId: spanId(4),
    status: { code: 1, message: "" },
    attributes: {
      "openinference.span.kind": "LLM",
      "llm.model_name": "openai/gpt-4o-mini",
      "llm.invocation_parameters": '{"temperature":0.0,"max_tokens":1000}',
      "input.value": JSON.stringify({
        prompt: null,
        messages: [{ role: "user", content: "What is DSPy?" }],
        kwargs: {},
      }),
      "input.mime_type": "application/json",
      "llm.input_messages.0.message.role": "system",
      "llm.input_messages.0.message.content": "Your input fields are: `question`.",
      "llm.input_messages.1.message.role": "user",
      "llm.input_messages.1.message.content": "[[ ## question ## ]]\nWhat is DSPy?",
      "output.value": '["[[ ## answer ## ]]\\nA framework for programming language models."]',
      "output.mime_type": "application/json",
      "llm.output_messages.0.message.role": "assistant",
      "llm.output_messages.0.message.content": "[[ ## answer ## ]]\nA framework for programming language models.",
    },
  },
];

/** A DSPy failure: ERROR status with a message, and the exception event. */
export const DSPY_FAILED_LM: TSpanFixture = {
  name: "LM.__call__",
  status: { code: 2, message: "litellm.AuthenticationError: invalid api key" },
  attributes: { "openinference.span.kind": "LLM", "llm.model_name": "anthropic/claude-3-5-haiku-20241022" },
  events: [event("exception", { "exception.type": "AuthenticationError", "exception.message": "invalid api key" })],
};
