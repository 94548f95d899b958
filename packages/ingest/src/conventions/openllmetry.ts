import type { TChatMessage, TSpanKind } from "../types.ts";
import { asCount, asString, collectPrefixed, isRecord, parseJsonText } from "../normalize/attribute-values.ts";
import { unflattenIndexed } from "../normalize/unflatten.ts";
import { emptyRecord, hasNamespace, offer, toRecord } from "./candidates.ts";
import { toChatMessage } from "./chat-messages.ts";
import type { TCandidates, TConventionRecord, TSpanInput } from "./types.ts";

/*
 * OpenLLMetry / Traceloop (SEMCONV.md §3): the `traceloop.*` workflow layer, association properties,
 * and the legacy indexed `gen_ai.prompt.{i}.*` / `gen_ai.completion.{i}.*` LLM attributes. Its current
 * format is GenAI ≥1.37 and is read by the otel-genai module.
 */

const TRACELOOP_KINDS = ["workflow", "task", "agent", "tool", "unknown"] as const;
type TTraceloopKind = (typeof TRACELOOP_KINDS)[number];

const REQUEST_TYPES = ["chat", "completion", "embedding", "rerank", "unknown"] as const;
type TRequestType = (typeof REQUEST_TYPES)[number];

function traceloopKind(kind: TTraceloopKind): TSpanKind | null {
  switch (kind) {
    case "workflow":
    case "task":
      return "CHAIN";
    case "agent":
      return "AGENT";
    case "tool":
      return "TOOL";
    case "unknown":
      return null;
    default: {
      const unreachable: never = kind;
      return unreachable;
    }
  }
}

function requestTypeKind(type: TRequestType): TSpanKind | null {
  switch (type) {
    case "chat":
    case "completion":
      return "LLM";
    case "embedding":
      return "EMBEDDING";
    case "rerank":
      return "RERANKER";
    case "unknown":
      return null;
    default: {
      const unreachable: never = type;
      return unreachable;
    }
  }
}

function oneOf<T extends string>(values: readonly T[], value: unknown): T | null {
  const text = asString(value)?.toLowerCase() ?? null;
  return text !== null && (values as readonly string[]).includes(text) ? (text as T) : null;
}

export function extractOpenLlmetry(span: TSpanInput): TConventionRecord {
  if (!hasNamespace(span, ["traceloop", "llm", "gen_ai"])) return emptyRecord();
  const attributes = span.attributes;
  const candidates: TCandidates = {};

  const traceloop = oneOf(TRACELOOP_KINDS, attributes["traceloop.span.kind"]);
  const requestType = oneOf(REQUEST_TYPES, attributes["llm.request.type"]);
  const prompts = unflattenIndexed(attributes, "gen_ai.prompt.");
  const completions = unflattenIndexed(attributes, "gen_ai.completion.");
  const properties = collectPrefixed(attributes, "traceloop.association.properties.");
  const count = (key: string) => asCount(attributes[key]);
  offer(candidates, {
    kind: {
      "traceloop.span.kind": traceloop === null ? null : traceloopKind(traceloop),
      "llm.request.type": requestType === null ? null : requestTypeKind(requestType),
    },
    input: {
      "gen_ai.prompt.{i}": prompts,
      "traceloop.entity.input": parseJsonText(attributes["traceloop.entity.input"]),
    },
    inputMessages: { "gen_ai.prompt.{i}": prompts && toMessages({ list: prompts, role: "user" }) },
    output: {
      "gen_ai.completion.{i}": completions,
      "traceloop.entity.output": parseJsonText(attributes["traceloop.entity.output"]),
    },
    outputMessages: { "gen_ai.completion.{i}": completions && toMessages({ list: completions, role: "assistant" }) },
    usageTotal: { "llm.usage.total_tokens": count("llm.usage.total_tokens") },
    usageReasoning: { "llm.usage.reasoning_tokens": count("llm.usage.reasoning_tokens") },
    usageCacheRead: { "gen_ai.usage.cache_read_input_tokens": count("gen_ai.usage.cache_read_input_tokens") },
    usageCacheWrite: { "gen_ai.usage.cache_creation_input_tokens": count("gen_ai.usage.cache_creation_input_tokens") },
    userId: { "traceloop.association.properties.user_id": asString(properties?.user_id) },
    sessionId: { "traceloop.association.properties.session_id": asString(properties?.session_id) },
    promptName: { "traceloop.prompt.key": asString(attributes["traceloop.prompt.key"]) },
    promptVersion: { "traceloop.prompt.version": asString(attributes["traceloop.prompt.version"]) },
  });
  return toRecord(candidates, properties);
}

/** Legacy tool calls are flat (`tool_calls.{j}.{id,name,arguments}`), which toChatMessage reads as they are. */
function toMessages({ list, role }: { list: unknown[]; role: string }): TChatMessage[] | null {
  const messages = list.flatMap((item) => (isRecord(item) ? toChatMessage(item, { role }) : []));
  return messages.length > 0 ? messages : null;
}
