import type { TSpanFixture } from "./otlp-builders.ts";

/*
 * Spans as the Langfuse SDKs v3+ write them (`langfuse.*` attributes, SEMCONV.md §5), and spans where
 * several conventions speak at once, to pin the precedence down.
 */

/** A generation from the Langfuse Python SDK with the OpenAI integration: exclusive usage buckets. */
export const LANGFUSE_GENERATION: TSpanFixture = {
  name: "chat-completion",
  attributes: {
    "langfuse.observation.type": "generation",
    "langfuse.observation.input": '[{"role":"system","content":"Be kind."},{"role":"user","content":"Hi"}]',
    "langfuse.observation.output": '{"role":"assistant","content":"Hello!"}',
    "langfuse.observation.model.name": "gpt-4o-mini",
    "langfuse.observation.model.parameters": '{"temperature":0.5,"max_tokens":"256"}',
    "langfuse.observation.usage_details":
      '{"input":70,"output":20,"total":125,"input_cached_tokens":30,"output_reasoning_tokens":5}',
    "langfuse.observation.cost_details": '{"input":0.00002,"input_cached_tokens":0.000001,"output":0.00003}',
    "langfuse.observation.prompt.name": "greeting",
    "langfuse.observation.prompt.version": 3,
    "langfuse.observation.level": "WARNING",
    "langfuse.observation.status_message": "slow response",
    "langfuse.observation.completion_start_time": '"2023-11-14T22:13:20.250Z"',
    "langfuse.observation.metadata": '{"source":"json","shared":"observation"}',
    "langfuse.observation.metadata.request_id": "req-1",
    "langfuse.observation.metadata.flags": '{"beta":true}',
    "langfuse.trace.name": "support-chat",
    "langfuse.trace.tags": ["support", "vip"],
    "langfuse.trace.metadata.shared": "trace",
    "langfuse.trace.metadata.tier": "gold",
    "langfuse.trace.input": '{"question":"Hi"}',
    "langfuse.trace.output": "Hello!",
    "user.id": "user-lf",
    "session.id": "sess-lf",
    "langfuse.environment": "staging",
    "langfuse.release": "2024.11.1",
  },
};

/** Legacy user/session keys, tags as a JSON string, an `event` observation. */
export const LANGFUSE_LEGACY_EVENT: TSpanFixture = {
  name: "user-feedback",
  attributes: {
    "langfuse.observation.type": "event",
    "langfuse.user.id": "user-legacy",
    "langfuse.session.id": "sess-legacy",
    "langfuse.trace.tags": '["a","b","a"]',
    "langfuse.observation.input": "thumbs up",
    "langfuse.observation.level": "ERROR",
  },
};

/** Langfuse keys on top of an OpenInference span wrapping GenAI keys: who wins, field by field. */
export const MIXED_CONVENTIONS: TSpanFixture = {
  name: "mixed",
  attributes: {
    "langfuse.observation.model.name": "my-finetune",
    "langfuse.observation.usage_details": '{"input":10,"output":4}',
    "langfuse.observation.cost_details": '{"total":0.5}',
    "openinference.span.kind": "CHAIN",
    "gen_ai.operation.name": "chat",
    "gen_ai.response.model": "gpt-4o-2024-08-06",
    "llm.model_name": "gpt-4o",
    "gen_ai.provider.name": "azure.ai.openai",
    "llm.provider": "azure",
    "gen_ai.input.messages": '[{"role":"user","parts":[{"type":"text","content":"from genai"}]}]',
    "input.value": "from openinference",
    "gen_ai.usage.input_tokens": 999,
    "llm.token_count.prompt": 888,
    "gen_ai.usage.cache_read.input_tokens": 6,
    "llm.cost.total": 9,
    "gen_ai.usage.cost": 8,
    "user.id": "generic-user",
    "traceloop.association.properties.user_id": "traceloop-user",
    "ai.telemetry.metadata.userId": "ai-user",
    "enduser.id": "enduser",
    "session.id": "generic-session",
    "gen_ai.conversation.id": "conversation",
    "tag.tags": ["oi-tag"],
    "ai.telemetry.metadata.tags": ["ai-tag"],
    metadata: '{"k":"openinference","only_oi":1}',
    "traceloop.association.properties.k": "traceloop",
    "langfuse.observation.metadata.k": "langfuse",
  },
};
