import type { TAttributes } from "../otlp/types.ts";
import type { TChatMessage, TToolCall } from "../types.ts";
import { asArray, asString, isRecord, parseJsonText, toAttributes, toText } from "../normalize/attribute-values.ts";

/*
 * One converter for every JSON message shape the conventions use, because they overlap heavily:
 * - OTel GenAI ≥1.37 parts: {role, parts:[text|tool_call|tool_call_response|reasoning|blob|uri|file…], finish_reason}
 * - OpenAI style (GenAI 1.26/1.28 events, OpenLLMetry, OpenInference): {role, content, tool_calls, tool_call_id}
 * - AI SDK: {role, content: string | [text|image|file|tool-call|tool-result|reasoning]}
 * - Anthropic blocks inside any of them: tool_use / tool_result.
 * Tool results always become their own `tool` message, whatever role carried them.
 */

const TEXT_TYPES = new Set(["text", "input_text", "output_text"]);
const TOOL_CALL_TYPES = new Set(["tool_call", "tool-call", "tool_use", "function_call"]);
const TOOL_RESULT_TYPES = new Set(["tool_call_response", "tool-result", "tool_result", "function_call_output"]);

type TMessageDefaults = { role?: string; finishReason?: string | null };

/** Canonical messages from a list of messages (or JSON text of one); null when it holds none. */
export function toChatMessages(value: unknown, defaults: TMessageDefaults = {}): TChatMessage[] | null {
  const list = asArray(value);
  if (list === null) return null;
  const messages = list.flatMap((item) => (isRecord(item) ? toChatMessage(item, defaults) : []));
  return messages.length > 0 ? messages : null;
}

/** GenAI system instructions: an array of parts (the spec), a plain string, or messages (seen in the wild). */
export function systemInstructionsToMessages(value: unknown): TChatMessage[] | null {
  const parsed = parseJsonText(value);
  if (typeof parsed === "string") return [{ role: "system", content: parsed }];
  if (!Array.isArray(parsed)) return null;
  if (parsed.some((item) => isRecord(item) && "role" in item)) return toChatMessages(parsed, { role: "system" });
  return toChatMessage({ role: "system", parts: parsed }, {});
}

/**
 * One source message, which becomes one or more canonical messages: each tool result becomes a `tool`
 * message at its place in the part order, splitting the rest around it. So Anthropic's user turn
 * [tool_result, text] gives tool → user, and an aggregated [text, tool_call, tool_call_response] gives
 * assistant → tool.
 */
export function toChatMessage(record: Record<string, unknown>, defaults: TMessageDefaults): TChatMessage[] {
  const role = asString(record.role) ?? defaults.role ?? "user";
  const segments = collectSegments(record);
  const recordToolCalls = readOpenAiToolCalls(record.tool_calls ?? record.toolCalls);
  const toolCallId =
    asString(record.tool_call_id ?? record.toolCallId) ?? (role === "tool" ? asString(record.id) : null);
  const hasRecordFields = recordToolCalls.length > 0 || toolCallId !== null;
  if (hasRecordFields && !segments.some((segment) => segment.kind === "body")) segments.push(emptyBody());
  if (segments.length === 0) segments.push(emptyBody());

  const messages: TChatMessage[] = [];
  let isFirstBody = true;
  for (const segment of segments) {
    if (segment.kind === "tool") {
      messages.push(toolMessage(segment.result));
      continue;
    }
    const message = bodyMessage(role, segment);
    if (isFirstBody) {
      // Message-level fields (OpenAI `tool_calls`, `tool_call_id`, `name`) belong to the turn's first body.
      const name = asString(record.name);
      if (name !== null) message.name = name;
      if (toolCallId !== null) message.toolCallId = toolCallId;
      const toolCalls = [...(message.toolCalls ?? []), ...recordToolCalls];
      if (toolCalls.length > 0) message.toolCalls = toolCalls;
      isFirstBody = false;
    }
    messages.push(message);
  }
  const finishReason = asString(record.finish_reason ?? record.finishReason) ?? defaults.finishReason ?? null;
  const lastBody = messages.findLast((message) => message.role === role && message.toolCallId === undefined);
  if (finishReason !== null && lastBody !== undefined) lastBody.finishReason = finishReason;
  return messages;
}

export function toToolCall(record: Record<string, unknown>): TToolCall | null {
  const fn = isRecord(record.function) ? record.function : record;
  const name = asString(fn.name ?? record.toolName ?? record.name);
  if (name === null) return null;
  const args = fn.arguments ?? record.args ?? record.input ?? record.arguments;
  return {
    id: asString(record.id ?? record.toolCallId ?? record.call_id),
    name,
    arguments: args === undefined || args === null ? "" : toText(args),
  };
}

type TToolResult = { id: string | null; name: string | null; content: string };
type TBody = { kind: "body"; texts: string[]; toolCalls: TToolCall[]; parts: TAttributes[] };
type TSegment = TBody | { kind: "tool"; result: TToolResult };

function emptyBody(): TBody {
  return { kind: "body", texts: [], toolCalls: [], parts: [] };
}

function isEmpty(body: TBody): boolean {
  return body.texts.length === 0 && body.toolCalls.length === 0 && body.parts.length === 0;
}

function bodyMessage(role: string, body: TBody): TChatMessage {
  const message: TChatMessage = { role, content: body.texts.length > 0 ? body.texts.join("\n") : null };
  if (body.toolCalls.length > 0) message.toolCalls = body.toolCalls;
  if (body.parts.length > 0) message.parts = body.parts;
  return message;
}

function collectSegments(record: Record<string, unknown>): TSegment[] {
  const content = Array.isArray(record.parts) ? record.parts : contentList(record.content);
  if (typeof content === "string") return [{ ...emptyBody(), texts: [content] }];
  const segments: TSegment[] = [];
  let body = emptyBody();
  for (const part of content) {
    const result = addPart(body, part);
    if (result === null) continue;
    if (!isEmpty(body)) segments.push(body);
    segments.push({ kind: "tool", result });
    body = emptyBody();
  }
  if (!isEmpty(body)) segments.push(body);
  return segments;
}

/** Content as a list of parts, or a string when it is plain text. */
function contentList(content: unknown): unknown[] | string {
  if (content === undefined || content === null) return [];
  if (typeof content === "string") {
    // OpenLLMetry serialises multimodal content lists into the content string.
    const parsed = parseJsonText(content);
    return Array.isArray(parsed) && parsed.length > 0 && parsed.every((p) => isRecord(p) && typeof p.type === "string")
      ? parsed
      : content;
  }
  if (Array.isArray(content)) return content;
  return toText(content);
}

/** Adds a part to the body, or returns it as a tool result for the caller to split on. */
function addPart(body: TBody, part: unknown): TToolResult | null {
  if (typeof part === "string") {
    body.texts.push(part);
    return null;
  }
  if (!isRecord(part)) return null;
  const type = asString(part.type) ?? "text";
  if (TEXT_TYPES.has(type)) {
    const text = part.content ?? part.text;
    if (typeof text === "string") body.texts.push(text);
    return null;
  }
  if (TOOL_CALL_TYPES.has(type)) {
    const call = toToolCall(part);
    if (call !== null) body.toolCalls.push(call);
    return null;
  }
  if (TOOL_RESULT_TYPES.has(type)) return toToolResult(part);
  body.parts.push(toAttributes(part));
  return null;
}

function toToolResult(part: Record<string, unknown>): TToolResult {
  const raw = part.response ?? part.result ?? part.output ?? part.content;
  return {
    id: asString(part.id ?? part.toolCallId ?? part.tool_use_id ?? part.call_id),
    name: asString(part.toolName ?? part.name),
    content: resultText(raw),
  };
}

/** AI SDK 5 wraps results as {type:"text"|"json", value}; Anthropic as a list of text blocks. */
function resultText(raw: unknown): string {
  if (isRecord(raw) && "value" in raw && typeof raw.type === "string") {
    return typeof raw.value === "string" ? raw.value : toText(raw.value);
  }
  if (Array.isArray(raw) && raw.every((block) => isRecord(block) && typeof block.text === "string")) {
    return raw.map((block) => (block as { text: string }).text).join("\n");
  }
  return toText(raw);
}

function toolMessage(result: TToolResult): TChatMessage {
  const message: TChatMessage = { role: "tool", content: result.content };
  if (result.id !== null) message.toolCallId = result.id;
  if (result.name !== null) message.name = result.name;
  return message;
}

function readOpenAiToolCalls(value: unknown): TToolCall[] {
  const list = asArray(value);
  if (list === null) return [];
  return list.flatMap((item) => {
    const call = isRecord(item) ? toToolCall(item) : null;
    return call === null ? [] : [call];
  });
}
