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
import { offer, toRecord } from "./candidates.ts";
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
  const attributes = span.attributes;
  const candidates: TCandidates = {};

  const operation = asString(attributes["gen_ai.operation.name"])?.toLowerCase() ?? null;
  if (operation !== null && isGenAiOperation(operation)) {
    offer(candidates, { kind: { "gen_ai.operation.name": operationKind(operation) } });
  }
  if (asString(attributes["gen_ai.tool.name"]) !== null) offer(candidates, { kind: { "gen_ai.tool.name": "TOOL" } });

  offer(candidates, { model: { "gen_ai.response.model": asString(attributes["gen_ai.response.model"]) } });
  offer(candidates, { model: { "gen_ai.request.model": asString(attributes["gen_ai.request.model"]) } });
  offer(candidates, { provider: { "gen_ai.provider.name": lowerCase(attributes["gen_ai.provider.name"]) } });
  offer(candidates, { provider: { "gen_ai.system": systemProvider(attributes) } });

  offerContent(candidates, attributes);
  offerEventMessages(candidates, span.events);
  offerUsage(candidates, attributes);

  offer(candidates, {
    providedCost: { "gen_ai.usage.cost": costFromTotal(asNumber(attributes["gen_ai.usage.cost"])) },
  });
  offer(candidates, { modelParameters: { "gen_ai.request.*": requestParameters(attributes) } });
  offer(candidates, { sessionId: { "gen_ai.conversation.id": asString(attributes["gen_ai.conversation.id"]) } });
  offer(candidates, { promptName: { "gen_ai.prompt.name": asString(attributes["gen_ai.prompt.name"]) } });
  offer(candidates, { errorType: { "error.type": asString(attributes["error.type"]) } });
  offer(candidates, { completionStartTimeUnixNano: { "gen_ai.response.time_to_first_chunk": firstChunkTime(span) } });
  return toRecord(candidates);
}

function offerContent(candidates: TCandidates, attributes: TAttributes): void {
  const input = readGenAiInput(attributes);
  if (input !== null) {
    offer(candidates, { input: { "gen_ai.input.messages": input.raw } });
    offer(candidates, { inputMessages: { "gen_ai.input.messages": input.messages } });
  }
  const output = readGenAiOutput(attributes);
  if (output !== null) {
    offer(candidates, { output: { "gen_ai.output.messages": output.raw } });
    offer(candidates, { outputMessages: { "gen_ai.output.messages": output.messages } });
  }
  offer(candidates, {
    input: { "gen_ai.tool.call.arguments": parseJsonText(attributes["gen_ai.tool.call.arguments"]) },
  });
  offer(candidates, { output: { "gen_ai.tool.call.result": parseJsonText(attributes["gen_ai.tool.call.result"]) } });
  offer(candidates, { input: { "gen_ai.retrieval.query.text": asString(attributes["gen_ai.retrieval.query.text"]) } });
  offer(candidates, {
    output: { "gen_ai.retrieval.documents": parseJsonText(attributes["gen_ai.retrieval.documents"]) },
  });

  // `gen_ai.prompt` / `gen_ai.completion` as plain span attributes: OpenLIT and early GenAI code.
  const prompt = parseJsonText(attributes["gen_ai.prompt"]);
  offer(candidates, { input: { "gen_ai.prompt": prompt } });
  offer(candidates, { inputMessages: { "gen_ai.prompt": toChatMessages(prompt) ?? textMessage("user", prompt) } });
  const completion = parseJsonText(attributes["gen_ai.completion"]);
  offer(candidates, { output: { "gen_ai.completion": completion } });
  offer(candidates, {
    outputMessages: {
      "gen_ai.completion": toChatMessages(completion, { role: "assistant" }) ?? textMessage("assistant", completion),
    },
  });
}

function offerUsage(candidates: TCandidates, attributes: TAttributes): void {
  const count = (key: string) => asCount(attributes[key]);
  offer(candidates, { usageInput: { "gen_ai.usage.input_tokens": count("gen_ai.usage.input_tokens") } });
  offer(candidates, { usageInput: { "gen_ai.usage.prompt_tokens": count("gen_ai.usage.prompt_tokens") } });
  offer(candidates, { usageOutput: { "gen_ai.usage.output_tokens": count("gen_ai.usage.output_tokens") } });
  offer(candidates, { usageOutput: { "gen_ai.usage.completion_tokens": count("gen_ai.usage.completion_tokens") } });
  offer(candidates, { usageTotal: { "gen_ai.usage.total_tokens": count("gen_ai.usage.total_tokens") } });
  offer(candidates, {
    usageCacheRead: { "gen_ai.usage.cache_read.input_tokens": count("gen_ai.usage.cache_read.input_tokens") },
  });
  offer(candidates, {
    usageCacheWrite: { "gen_ai.usage.cache_creation.input_tokens": count("gen_ai.usage.cache_creation.input_tokens") },
  });
  offer(candidates, {
    usageReasoning: { "gen_ai.usage.reasoning.output_tokens": count("gen_ai.usage.reasoning.output_tokens") },
  });
  offer(candidates, { usageReasoning: { "gen_ai.usage.reasoning_tokens": count("gen_ai.usage.reasoning_tokens") } });
}

/** `gen_ai.request.*` minus the model, keyed by the parameter name (`temperature`, `max_tokens`, …). */
function requestParameters(attributes: TAttributes): TAttributes | null {
  let parameters: TAttributes | null = null;
  for (const [key, value] of Object.entries(attributes)) {
    if (!key.startsWith("gen_ai.request.") || key === "gen_ai.request.model") continue;
    parameters ??= {};
    parameters[key.slice("gen_ai.request.".length)] = toAttributeValue(value);
  }
  return parameters;
}

function firstChunkTime(span: TSpanInput): bigint | null {
  return offsetUnixNano(span.startTimeUnixNano, asNumber(span.attributes["gen_ai.response.time_to_first_chunk"]), 1e9);
}

function costFromTotal(total: number | null): { input: null; output: null; total: number } | null {
  return total === null || total < 0 ? null : { input: null, output: null, total };
}

/**
 * The AI SDK copies its own provider string (`openai.chat`) into `gen_ai.system`; there the vendor is
 * the part before the dot. Elsewhere dots belong to the value (`aws.bedrock`, `az.ai.openai`).
 */
function systemProvider(attributes: TAttributes): string | null {
  const system = lowerCase(attributes["gen_ai.system"]);
  if (system === null || system !== lowerCase(attributes["ai.model.provider"])) return system;
  return system.split(".")[0] ?? system;
}

function lowerCase(value: unknown): string | null {
  return asString(value)?.toLowerCase() ?? null;
}

function textMessage(role: string, value: unknown): { role: string; content: string }[] | null {
  return typeof value === "string" && value !== "" ? [{ role, content: value }] : null;
}
