import type { TAttributes, TOtlpEvent } from "../otlp/types.ts";
import type { TChatMessage } from "../types.ts";
import { asCount, asRecord, asString, isRecord, parseJsonText } from "../normalize/attribute-values.ts";
import { offer } from "./candidates.ts";
import { toChatMessage, toChatMessages } from "./chat-messages.ts";
import { readGenAiInput, readGenAiOutput } from "./otel-genai-messages.ts";
import type { TCandidates } from "./types.ts";

/*
 * Message content carried on span events rather than span attributes:
 * - v1.26: `gen_ai.content.prompt` / `.completion` with `gen_ai.prompt` / `gen_ai.completion` JSON.
 * - v1.28–1.36: `gen_ai.{system,user,assistant,tool}.message` and `gen_ai.choice`, body in
 *   `gen_ai.event.content` (Semantic Kernel, Azure SDKs) or as plain attributes.
 * - v1.37+: `gen_ai.client.inference.operation.details` with the same keys as the span attributes.
 */

const MESSAGE_EVENT_ROLES: Record<string, string> = {
  "gen_ai.system.message": "system",
  "gen_ai.user.message": "user",
  "gen_ai.assistant.message": "assistant",
  "gen_ai.tool.message": "tool",
};

export function offerEventMessages(candidates: TCandidates, events: TOtlpEvent[]): void {
  if (events.length === 0) return;
  offerOperationDetails(candidates, events);
  offerMessageEvents(candidates, events);
  offerContentEvents(candidates, events);
}

function offerOperationDetails(candidates: TCandidates, events: TOtlpEvent[]): void {
  const event = events.find((item) => item.name === "gen_ai.client.inference.operation.details");
  if (event === undefined) return;
  const input = readGenAiInput(event.attributes);
  const output = readGenAiOutput(event.attributes);
  offer(candidates, {
    input: { "event:gen_ai.client.inference.operation.details": input?.raw },
    inputMessages: { "event:gen_ai.client.inference.operation.details": input?.messages },
    output: { "event:gen_ai.client.inference.operation.details": output?.raw },
    outputMessages: { "event:gen_ai.client.inference.operation.details": output?.messages },
  });
}

function offerMessageEvents(candidates: TCandidates, events: TOtlpEvent[]): void {
  const inputBodies: unknown[] = [];
  const inputMessages: TChatMessage[] = [];
  const choices = new Map<number, Record<string, unknown>>();
  for (const event of events) {
    const role = MESSAGE_EVENT_ROLES[event.name];
    if (role !== undefined) {
      // Ax 24.x sends only counts (`part_count`); the role then comes from the event name.
      const body = eventBody(event.attributes);
      const withRole = { ...body, role: asString(body.role) ?? role };
      inputBodies.push(withRole);
      inputMessages.push(...toChatMessage(withRole, {}));
    } else if (event.name === "gen_ai.choice") {
      const body = eventBody(event.attributes);
      const index = asCount(body.index) ?? choices.size;
      const earlier = choices.get(index);
      choices.set(index, earlier === undefined ? body : mergeChoice(earlier, body));
    }
  }
  const ordered = [...choices.entries()].sort(([a], [b]) => a - b).map(([, body]) => body);
  const outputMessages = ordered.flatMap(choiceMessages);
  offer(candidates, {
    input: { "event:gen_ai.*.message": inputBodies.length > 0 ? inputBodies : null },
    inputMessages: { "event:gen_ai.*.message": inputMessages.length > 0 ? inputMessages : null },
    output: { "event:gen_ai.choice": ordered.length > 0 ? ordered : null },
    outputMessages: { "event:gen_ai.choice": outputMessages.length > 0 ? outputMessages : null },
  });
}

/**
 * A streamed answer can send several `gen_ai.choice` events for one index (Ax: one per delta, then one
 * with the finish reason). Text content is concatenated in order, flags are OR-ed, and any other key
 * takes the latest value that is set.
 */
function mergeChoice(earlier: Record<string, unknown>, later: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...earlier };
  for (const [key, value] of Object.entries(later)) {
    const previous = merged[key];
    if (value === null || value === undefined) continue;
    if (key === "content" && typeof previous === "string" && typeof value === "string") merged[key] = previous + value;
    else if (typeof previous === "boolean" && typeof value === "boolean") merged[key] = previous || value;
    else merged[key] = value;
  }
  return merged;
}

function choiceMessages(body: Record<string, unknown>): TChatMessage[] {
  const message = asRecord(body.message) ?? body;
  const finishReason = asString(body.finish_reason);
  return toChatMessage({ ...message, role: asString(message.role) ?? "assistant" }, { finishReason });
}

function offerContentEvents(candidates: TCandidates, events: TOtlpEvent[]): void {
  const body = (name: string, key: string) => {
    const event = events.find((item) => item.name === name);
    return event === undefined
      ? undefined
      : parseJsonText(event.attributes[key] ?? event.attributes["gen_ai.event.content"]);
  };
  const prompt = body("gen_ai.content.prompt", "gen_ai.prompt");
  const completion = body("gen_ai.content.completion", "gen_ai.completion");
  offer(candidates, {
    input: { "event:gen_ai.content.prompt": prompt },
    inputMessages: { "event:gen_ai.content.prompt": toChatMessages(prompt) },
    output: { "event:gen_ai.content.completion": completion },
    outputMessages: { "event:gen_ai.content.completion": toChatMessages(completion, { role: "assistant" }) },
  });
}

/** The event body: JSON in `gen_ai.event.content` (or `body`), else the event attributes themselves. */
function eventBody(attributes: TAttributes): Record<string, unknown> {
  const fromJson = asRecord(attributes["gen_ai.event.content"] ?? attributes["body"]);
  if (fromJson !== null) return fromJson;
  const content = attributes["gen_ai.event.content"] ?? attributes["content"];
  const body: Record<string, unknown> = { ...attributes };
  if (content !== undefined) body.content = content;
  const role = attributes["gen_ai.event.role"];
  if (role !== undefined && !isRecord(role)) body.role = role;
  return body;
}
