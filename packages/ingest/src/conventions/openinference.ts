import type { TAttributes } from "../otlp/types.ts";
import type { TChatMessage, TProvidedCost, TSpanKind } from "../types.ts";
import {
  asCount,
  asNumber,
  asRecord,
  asString,
  asTagList,
  isRecord,
  parseJsonText,
  toAttributes,
} from "../normalize/attribute-values.ts";
import { unflattenIndexed } from "../normalize/unflatten.ts";
import { emptyRecord, hasNamespace, offer, toRecord } from "./candidates.ts";
import { toChatMessage } from "./chat-messages.ts";
import type { TCandidates, TConventionRecord, TSpanInput } from "./types.ts";

/*
 * OpenInference (Arize; SEMCONV.md §2): flattened `llm.*` lists, `input.value`/`output.value`, and the
 * DSPy instrumentation's span trees.
 */

const OPENINFERENCE_KINDS = [
  "LLM",
  "EMBEDDING",
  "CHAIN",
  "RETRIEVER",
  "RERANKER",
  "TOOL",
  "AGENT",
  "GUARDRAIL",
  "EVALUATOR",
  "PROMPT",
  "UNKNOWN",
] as const;
type TOpenInferenceKind = (typeof OPENINFERENCE_KINDS)[number];

/** Null for UNKNOWN: the span said nothing, so later conventions (or "has a model") decide. */
function openInferenceKind(kind: TOpenInferenceKind): TSpanKind | null {
  switch (kind) {
    case "LLM":
    case "EMBEDDING":
    case "CHAIN":
    case "RETRIEVER":
    case "RERANKER":
    case "TOOL":
    case "AGENT":
    case "GUARDRAIL":
    case "EVALUATOR":
      return kind;
    // A PROMPT span renders a template: a pipeline step with input and output, so CHAIN.
    case "PROMPT":
      return "CHAIN";
    case "UNKNOWN":
      return null;
    default: {
      const unreachable: never = kind;
      return unreachable;
    }
  }
}

/**
 * LiteLLM-style routing prefixes (DSPy passes `openai/gpt-4o-mini`). Only these are split off: in
 * `meta-llama/Llama-3.3-70B` the prefix is the model's publisher, part of the name.
 */
const ROUTING_PREFIXES = new Set([
  "openai",
  "azure",
  "azure_ai",
  "anthropic",
  "bedrock",
  "vertex_ai",
  "gemini",
  "groq",
  "together_ai",
  "mistral",
  "deepseek",
  "cohere",
  "xai",
  "ollama",
  "ollama_chat",
  "openrouter",
  "fireworks_ai",
  "perplexity",
  "cerebras",
  "deepinfra",
  "huggingface",
  "databricks",
]);

export function splitRoutingPrefix(model: string): { provider: string | null; model: string } {
  const slash = model.indexOf("/");
  if (slash <= 0) return { provider: null, model };
  const prefix = model.slice(0, slash).toLowerCase();
  const rest = model.slice(slash + 1);
  return ROUTING_PREFIXES.has(prefix) && rest !== "" ? { provider: prefix, model: rest } : { provider: null, model };
}

const OPENINFERENCE_NAMESPACES = [
  "openinference",
  "llm",
  "input",
  "output",
  "retrieval",
  "embedding",
  "reranker",
  "tag",
  "metadata",
  "prompt",
];

export function extractOpenInference(span: TSpanInput): TConventionRecord {
  if (!hasNamespace(span, OPENINFERENCE_NAMESPACES)) return emptyRecord();
  const attributes = span.attributes;
  const text = (key: string) => asString(attributes[key]);
  const candidates: TCandidates = {};

  const kind = text("openinference.span.kind")?.toUpperCase() ?? null;
  const isKnownKind = kind !== null && (OPENINFERENCE_KINDS as readonly string[]).includes(kind);
  const modelName = text("llm.model_name");
  const routed = modelName === null ? null : splitRoutingPrefix(modelName);
  const input = unflattenIndexed(attributes, "llm.input_messages.")?.map(unwrapMessage) ?? null;
  const output = unflattenIndexed(attributes, "llm.output_messages.")?.map(unwrapMessage) ?? null;
  const count = (key: string) => asCount(attributes[key]);
  offer(candidates, {
    kind: { "openinference.span.kind": isKnownKind ? openInferenceKind(kind as TOpenInferenceKind) : null },
    model: {
      "llm.response.model_name": text("llm.response.model_name"),
      "llm.model_name": routed?.model,
      "llm.request.model_name": text("llm.request.model_name"),
      "embedding.model_name": text("embedding.model_name"),
      "reranker.model_name": text("reranker.model_name"),
    },
    provider: {
      "llm.provider": text("llm.provider")?.toLowerCase(),
      "llm.system": text("llm.system")?.toLowerCase(),
      "llm.model_name": routed?.provider,
    },
    input: { "llm.input_messages": input, "input.value": parseJsonText(attributes["input.value"]) },
    inputMessages: { "llm.input_messages": input && toMessages({ raw: input, role: "user" }) },
    output: {
      "llm.output_messages": output,
      "output.value": parseJsonText(attributes["output.value"]),
      "retrieval.documents": documents(attributes),
    },
    outputMessages: { "llm.output_messages": output && toMessages({ raw: output, role: "assistant" }) },
    usageInput: { "llm.token_count.prompt": count("llm.token_count.prompt") },
    usageOutput: { "llm.token_count.completion": count("llm.token_count.completion") },
    usageTotal: { "llm.token_count.total": count("llm.token_count.total") },
    usageCacheRead: { "llm.token_count.prompt_details.cache_read": count("llm.token_count.prompt_details.cache_read") },
    usageCacheWrite: {
      "llm.token_count.prompt_details.cache_write": count("llm.token_count.prompt_details.cache_write"),
    },
    usageReasoning: {
      "llm.token_count.completion_details.reasoning": count("llm.token_count.completion_details.reasoning"),
    },
    providedCost: { "llm.cost": readCost(attributes) },
    modelParameters: {
      "llm.invocation_parameters": parameters(attributes["llm.invocation_parameters"]),
      "embedding.invocation_parameters": parameters(attributes["embedding.invocation_parameters"]),
    },
    tags: { "tag.tags": asTagList(attributes["tag.tags"]) },
    promptName: { "prompt.id": text("prompt.id") },
    promptVersion: { "llm.prompt_template.version": text("llm.prompt_template.version") },
  });

  const metadata = asRecord(attributes["metadata"]);
  return toRecord(candidates, metadata === null ? null : toAttributes(metadata));
}

/** `{message: {role, tool_calls: [{tool_call: {...}}], contents: [{message_content: {...}}]}}` → an OpenAI-style message. */
function unwrapMessage(item: unknown): Record<string, unknown> {
  const message = isRecord(item) && isRecord(item.message) ? item.message : isRecord(item) ? item : {};
  const result: Record<string, unknown> = { ...message };
  if (Array.isArray(message.tool_calls)) {
    result.tool_calls = message.tool_calls.map((call) =>
      isRecord(call) && isRecord(call.tool_call) ? call.tool_call : call,
    );
  }
  if (Array.isArray(message.contents)) {
    delete result.contents;
    const parts = message.contents.map(contentPart);
    if (typeof message.content !== "string") result.content = parts;
  }
  return result;
}

function contentPart(item: unknown): Record<string, unknown> {
  const part = isRecord(item) && isRecord(item.message_content) ? item.message_content : isRecord(item) ? item : {};
  const type = asString(part.type) ?? "text";
  if (type === "text") return { type, text: part.text };
  const image = isRecord(part.image) && isRecord(part.image.image) ? part.image.image : null;
  if (type === "image" && image !== null) return { type, url: image.url };
  const audio = isRecord(part.audio) && isRecord(part.audio.audio) ? part.audio.audio : null;
  if (type === "audio" && audio !== null) return { type, url: audio.url };
  return part;
}

function toMessages({ raw, role }: { raw: Record<string, unknown>[]; role: string }): TChatMessage[] | null {
  const messages = raw.flatMap((record) => toChatMessage(record, { role }));
  return messages.length > 0 ? messages : null;
}

/** `llm.cost.{prompt,completion,total}`; the total falls back to prompt + completion. */
function readCost(attributes: TAttributes): TProvidedCost | null {
  const input = asNumber(attributes["llm.cost.prompt"]);
  const output = asNumber(attributes["llm.cost.completion"]);
  const total =
    asNumber(attributes["llm.cost.total"]) ?? (input === null && output === null ? null : (input ?? 0) + (output ?? 0));
  return total === null ? null : { input, output, total };
}

function documents(attributes: TAttributes): unknown[] | null {
  const list = unflattenIndexed(attributes, "retrieval.documents.");
  if (list === null) return null;
  return list.map((item) => {
    const document = isRecord(item) && isRecord(item.document) ? { ...item.document } : item;
    if (isRecord(document) && "metadata" in document) document.metadata = parseJsonText(document.metadata);
    return document;
  });
}

function parameters(value: unknown): TAttributes | null {
  const record = asRecord(value);
  return record === null ? null : toAttributes(record);
}
