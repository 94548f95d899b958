import type { TAttributes } from "../otlp/types.ts";
import type { TSpanKind } from "../types.ts";
import {
  asCount,
  asNumber,
  asString,
  offsetUnixNano,
  parseJsonText,
  toAttributeValue,
} from "../normalize/attribute-values.ts";
import { emptyRecord, hasNamespace, offer, toRecord } from "./candidates.ts";
import { toChatMessages } from "./chat-messages.ts";
import { offerEventMessages } from "./otel-genai-events.ts";
import { readGenAiInput, readGenAiOutput } from "./otel-genai-messages.ts";
import type { TCandidates, TConventionRecord, TSpanInput } from "./types.ts";

/*
 * OpenTelemetry GenAI semantic conventions v1.26 → v1.41 (SEMCONV.md §1), including the deprecated
 * `gen_ai.system` and `prompt_tokens` names and content on events. OpenLLMetry "current" and AI SDK 7's
 * default mode emit this format too, so they land here.
 */

const GEN_AI_OPERATIONS = [
  "chat",
  "text_completion",
  "completion",
  "generate_content",
  "llm_request",
  "embeddings",
  "retrieval",
  "rerank",
  "execute_tool",
  "create_agent",
  "invoke_agent",
  "invoke_workflow",
  "execute_task",
  "agent_step",
  "plan",
] as const;
type TGenAiOperation = (typeof GEN_AI_OPERATIONS)[number];

function isGenAiOperation(value: string): value is TGenAiOperation {
  return (GEN_AI_OPERATIONS as readonly string[]).includes(value);
}

function operationKind(operation: TGenAiOperation): TSpanKind {
  switch (operation) {
    case "chat":
    case "text_completion":
    case "completion":
    case "generate_content":
    case "llm_request":
      return "LLM";
    case "embeddings":
      return "EMBEDDING";
    case "retrieval":
      return "RETRIEVER";
    case "rerank":
      return "RERANKER";
    case "execute_tool":
      return "TOOL";
    case "create_agent":
    case "invoke_agent":
      return "AGENT";
    // `agent_step` (AI SDK 7) wraps one model call and its tools and repeats the call's usage.
    case "invoke_workflow":
    case "execute_task":
    case "agent_step":
    case "plan":
      return "CHAIN";
    default: {
      const unreachable: never = operation;
      return unreachable;
    }
  }
}

export function extractOtelGenAi(span: TSpanInput): TConventionRecord {
  if (span.events.length === 0 && !hasNamespace(span, ["gen_ai", "error"])) return emptyRecord();
  const attributes = span.attributes;
  const text = (key: string) => asString(attributes[key]);
  const candidates: TCandidates = {};

  const operation = text("gen_ai.operation.name")?.toLowerCase() ?? null;
  offer(candidates, {
    kind: {
      "gen_ai.operation.name": operation !== null && isGenAiOperation(operation) ? operationKind(operation) : null,
      "gen_ai.tool.name": text("gen_ai.tool.name") === null ? null : "TOOL",
    },
    model: {
      "gen_ai.response.model": text("gen_ai.response.model"),
      "gen_ai.request.model": text("gen_ai.request.model"),
    },
    provider: {
      "gen_ai.provider.name": text("gen_ai.provider.name")?.toLowerCase(),
      "gen_ai.system": systemProvider(attributes),
    },
    providedCost: { "gen_ai.usage.cost": costFromTotal(asNumber(attributes["gen_ai.usage.cost"])) },
    modelParameters: { "gen_ai.request.*": requestParameters(attributes) },
    sessionId: { "gen_ai.conversation.id": text("gen_ai.conversation.id") },
    promptName: { "gen_ai.prompt.name": text("gen_ai.prompt.name") },
    errorType: { "error.type": text("error.type") },
    completionStartTimeUnixNano: { "gen_ai.response.time_to_first_chunk": firstChunkTime(span) },
  });
  offerContent(candidates, attributes);
  offerEventMessages(candidates, span.events);
  offerUsage(candidates, attributes);
  return toRecord(candidates);
}

function offerContent(candidates: TCandidates, attributes: TAttributes): void {
  const input = readGenAiInput(attributes);
  const output = readGenAiOutput(attributes);
  // `gen_ai.prompt` / `gen_ai.completion` as plain span attributes: OpenLIT and early GenAI code.
  const prompt = parseJsonText(attributes["gen_ai.prompt"]);
  const completion = parseJsonText(attributes["gen_ai.completion"]);
  offer(candidates, {
    input: {
      "gen_ai.input.messages": input?.raw,
      "gen_ai.tool.call.arguments": parseJsonText(attributes["gen_ai.tool.call.arguments"]),
      "gen_ai.retrieval.query.text": asString(attributes["gen_ai.retrieval.query.text"]),
      "gen_ai.prompt": prompt,
    },
    inputMessages: {
      "gen_ai.input.messages": input?.messages,
      "gen_ai.prompt": toChatMessages(prompt) ?? textMessage({ role: "user", value: prompt }),
    },
    output: {
      "gen_ai.output.messages": output?.raw,
      "gen_ai.tool.call.result": parseJsonText(attributes["gen_ai.tool.call.result"]),
      "gen_ai.retrieval.documents": parseJsonText(attributes["gen_ai.retrieval.documents"]),
      "gen_ai.completion": completion,
    },
    outputMessages: {
      "gen_ai.output.messages": output?.messages,
      "gen_ai.completion":
        toChatMessages(completion, { role: "assistant" }) ?? textMessage({ role: "assistant", value: completion }),
    },
  });
}

function offerUsage(candidates: TCandidates, attributes: TAttributes): void {
  const count = (key: string) => asCount(attributes[key]);
  offer(candidates, {
    usageInput: {
      "gen_ai.usage.input_tokens": count("gen_ai.usage.input_tokens"),
      "gen_ai.usage.prompt_tokens": count("gen_ai.usage.prompt_tokens"),
    },
    usageOutput: {
      "gen_ai.usage.output_tokens": count("gen_ai.usage.output_tokens"),
      "gen_ai.usage.completion_tokens": count("gen_ai.usage.completion_tokens"),
    },
    usageTotal: { "gen_ai.usage.total_tokens": count("gen_ai.usage.total_tokens") },
    usageCacheRead: { "gen_ai.usage.cache_read.input_tokens": count("gen_ai.usage.cache_read.input_tokens") },
    usageCacheWrite: { "gen_ai.usage.cache_creation.input_tokens": count("gen_ai.usage.cache_creation.input_tokens") },
    usageReasoning: {
      "gen_ai.usage.reasoning.output_tokens": count("gen_ai.usage.reasoning.output_tokens"),
      "gen_ai.usage.reasoning_tokens": count("gen_ai.usage.reasoning_tokens"),
    },
  });
}

/** Ax writes every request parameter it was not given as this string; such a parameter was not sent. */
const UNSET_PARAMETER = "Not set";

/** `gen_ai.request.*` minus the model and unset ones, keyed by the parameter name (`temperature`, `max_tokens`, …). */
function requestParameters(attributes: TAttributes): TAttributes | null {
  let parameters: TAttributes | null = null;
  for (const [key, value] of Object.entries(attributes)) {
    if (!key.startsWith("gen_ai.request.") || key === "gen_ai.request.model" || value === UNSET_PARAMETER) continue;
    parameters ??= {};
    parameters[key.slice("gen_ai.request.".length)] = toAttributeValue(value);
  }
  return parameters;
}

function firstChunkTime(span: TSpanInput): bigint | null {
  const seconds = asNumber(span.attributes["gen_ai.response.time_to_first_chunk"]);
  return offsetUnixNano({ start: span.startTimeUnixNano, amount: seconds, nanosPerUnit: 1e9 });
}

function costFromTotal(total: number | null): { input: null; output: null; total: number } | null {
  return total === null || total < 0 ? null : { input: null, output: null, total };
}

/**
 * The AI SDK copies its own provider string (`openai.chat`) into `gen_ai.system`; there the vendor is
 * the part before the dot. Elsewhere dots belong to the value (`aws.bedrock`, `az.ai.openai`).
 */
function systemProvider(attributes: TAttributes): string | null {
  const system = asString(attributes["gen_ai.system"])?.toLowerCase() ?? null;
  if (system === null || system !== asString(attributes["ai.model.provider"])?.toLowerCase()) return system;
  return system.split(".")[0] ?? system;
}

function textMessage({ role, value }: { role: string; value: unknown }): { role: string; content: string }[] | null {
  return typeof value === "string" && value !== "" ? [{ role, content: value }] : null;
}
