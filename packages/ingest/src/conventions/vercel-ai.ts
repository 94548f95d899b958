import type { TAttributes } from "../otlp/types.ts";
import type { TChatMessage, TSpanKind } from "../types.ts";
import {
  asArray,
  asNumber,
  asRecord,
  asString,
  asTagList,
  collectPrefixed,
  isRecord,
  offsetUnixNano,
  parseJsonText,
  toAttributeValue,
  toText,
} from "../normalize/attribute-values.ts";
import { emptyRecord, hasNamespace, mergeMetadata, offer, toRecord } from "./candidates.ts";
import { toChatMessages, toToolCall } from "./chat-messages.ts";
import type { TCandidates, TConventionRecord, TSpanInput } from "./types.ts";
import { offerVercelUsage } from "./vercel-ai-usage.ts";

/*
 * Vercel AI SDK legacy `ai.*` spans, v3 → v7 (SEMCONV.md §4.1). AI SDK 7's default GenAI mode is
 * plain OTel GenAI and is read by the otel-genai module.
 */

type TOperationRole = "model-call" | "embedding-call" | "rerank-call" | "tool-call" | "wrapper";

function operationRole(operationId: string): TOperationRole | null {
  if (operationId === "ai.toolCall") return "tool-call";
  if (operationId.endsWith(".doGenerate") || operationId.endsWith(".doStream")) return "model-call";
  if (operationId.endsWith(".doEmbed")) return "embedding-call";
  if (operationId.endsWith(".doRerank")) return "rerank-call";
  return operationId.startsWith("ai.") ? "wrapper" : null;
}

function roleKind(role: TOperationRole): TSpanKind {
  switch (role) {
    case "model-call":
      return "LLM";
    case "embedding-call":
      return "EMBEDDING";
    case "rerank-call":
      return "RERANKER";
    case "tool-call":
      return "TOOL";
    // `ai.generateText` & co. wrap the provider calls and repeat their summed usage; as LLM they
    // would be priced a second time, so they are the chain around the calls.
    case "wrapper":
      return "CHAIN";
    default: {
      const unreachable: never = role;
      return unreachable;
    }
  }
}

export function extractVercelAi(span: TSpanInput): TConventionRecord {
  if (!hasNamespace(span, ["ai"])) return emptyRecord();
  const attributes = span.attributes;
  const candidates: TCandidates = {};

  const operationId = asString(attributes["ai.operationId"]);
  const role = operationId === null ? null : operationRole(operationId);
  const response = readResponse(attributes, "ai.response");
  const result = readResponse(attributes, "ai.result");
  offer(candidates, {
    kind: { "ai.operationId": role === null ? null : roleKind(role) },
    model: {
      "ai.response.model": asString(attributes["ai.response.model"]),
      "ai.model.id": asString(attributes["ai.model.id"]),
    },
    // `openai.chat`, `anthropic.messages`: the vendor is the part before the dot.
    provider: { "ai.model.provider": asString(attributes["ai.model.provider"])?.split(".")[0]?.toLowerCase() },
    input: { "ai.toolCall.args": parseJsonText(attributes["ai.toolCall.args"] ?? attributes["ai.toolCall.input"]) },
    output: {
      "ai.response": response?.raw,
      "ai.result": result?.raw,
      "ai.toolCall.result": parseJsonText(attributes["ai.toolCall.result"] ?? attributes["ai.toolCall.output"]),
    },
    outputMessages: { "ai.response": response?.messages, "ai.result": result?.messages },
    modelParameters: { "ai.settings.*": settings(attributes) },
    completionStartTimeUnixNano: {
      "ai.response.msToFirstChunk": afterStart(span, "ai.response.msToFirstChunk"),
      "ai.stream.msToFirstChunk": afterStart(span, "ai.stream.msToFirstChunk"),
    },
  });
  offerPrompt(candidates, attributes);
  offerVercelUsage(candidates, attributes);

  const telemetry = collectPrefixed(attributes, "ai.telemetry.metadata.");
  const runtimeContext = collectPrefixed(attributes, "ai.settings.runtimeContext.");
  const context = collectPrefixed(attributes, "ai.settings.context.");
  // Langfuse's AI SDK integration links generations to prompts through this metadata key.
  const langfusePrompt = asRecord(telemetry?.langfusePrompt);
  offer(candidates, {
    userId: {
      "ai.telemetry.metadata.userId": asString(telemetry?.userId),
      "ai.settings.runtimeContext.userId": asString(runtimeContext?.userId),
      "ai.settings.context.userId": asString(context?.userId),
    },
    sessionId: {
      "ai.telemetry.metadata.sessionId": asString(telemetry?.sessionId),
      "ai.settings.runtimeContext.sessionId": asString(runtimeContext?.sessionId),
      "ai.settings.context.sessionId": asString(context?.sessionId),
    },
    tags: {
      "ai.telemetry.metadata.tags": asTagList(telemetry?.tags),
      "ai.settings.runtimeContext.tags": asTagList(runtimeContext?.tags),
      "ai.settings.context.tags": asTagList(context?.tags),
    },
    promptName: { "ai.telemetry.metadata.langfusePrompt": asString(langfusePrompt?.name) },
    promptVersion: { "ai.telemetry.metadata.langfusePrompt": asString(langfusePrompt?.version) },
  });
  return toRecord(candidates, mergeMetadata(context, runtimeContext, telemetry));
}

function offerPrompt(candidates: TCandidates, attributes: TAttributes): void {
  const messages = parseJsonText(attributes["ai.prompt.messages"]);
  const prompt = parseJsonText(attributes["ai.prompt"]);
  offer(candidates, {
    input: { "ai.prompt.messages": messages, "ai.prompt": prompt },
    inputMessages: { "ai.prompt.messages": toChatMessages(messages), "ai.prompt": promptMessages(prompt) },
  });
}

/** The outer span's `ai.prompt`: `{system?, prompt?, messages?}` where prompt is text or messages. */
function promptMessages(prompt: unknown): TChatMessage[] | null {
  if (typeof prompt === "string") return [{ role: "user", content: prompt }];
  if (!isRecord(prompt)) return null;
  const system = asString(prompt.system);
  const messages: TChatMessage[] = system === null ? [] : [{ role: "system", content: system }];
  if (typeof prompt.prompt === "string") messages.push({ role: "user", content: prompt.prompt });
  else messages.push(...(toChatMessages(prompt.prompt) ?? []));
  messages.push(...(toChatMessages(prompt.messages) ?? []));
  return messages.length > 0 ? messages : null;
}

/** `{prefix}.text` / `.toolCalls` / `.object` (v3 used the `ai.result` prefix) as one assistant turn. */
function readResponse(
  attributes: TAttributes,
  prefix: "ai.response" | "ai.result",
): { raw: unknown; messages: TChatMessage[] } | null {
  const text = asString(attributes[`${prefix}.text`]);
  const toolCallList = asArray(attributes[`${prefix}.toolCalls`]);
  const objectValue = attributes[`${prefix}.object`];
  if (text === null && toolCallList === null && objectValue === undefined) return null;

  const object = parseJsonText(objectValue);
  const toolCalls = (toolCallList ?? []).flatMap((item) => {
    const call = isRecord(item) ? toToolCall(item) : null;
    return call === null ? [] : [call];
  });
  const raw = objectValue !== undefined ? object : toolCallList === null ? text : { text, toolCalls: toolCallList };
  const message: TChatMessage = {
    role: "assistant",
    content: text ?? (objectValue === undefined ? null : toText(object)),
  };
  if (toolCalls.length > 0) message.toolCalls = toolCalls;
  const finishReason = asString(attributes["ai.response.finishReason"] ?? attributes["ai.finishReason"]);
  if (finishReason !== null) message.finishReason = finishReason;
  return { raw, messages: [message] };
}

/** `ai.settings.*` except the context maps, which are metadata. */
function settings(attributes: TAttributes): TAttributes | null {
  let result: TAttributes | null = null;
  for (const [key, value] of Object.entries(attributes)) {
    if (!key.startsWith("ai.settings.")) continue;
    const name = key.slice("ai.settings.".length);
    if (name.startsWith("runtimeContext.") || name.startsWith("context.")) continue;
    result ??= {};
    result[name] = toAttributeValue(value);
  }
  return result;
}

function afterStart(span: TSpanInput, key: string): bigint | null {
  return offsetUnixNano({ start: span.startTimeUnixNano, amount: asNumber(span.attributes[key]), nanosPerUnit: 1e6 });
}
