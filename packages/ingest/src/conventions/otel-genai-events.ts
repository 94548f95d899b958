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
const OPERATION_DETAILS = "gen_ai.client.inference.operation.details";

export function offerEventMessages(candidates: TCandidates, events: TOtlpEvent[]): void {
  if (events.length === 0) return;
  offerOperationDetails(candidates, events);
  offerMessageEvents(candidates, events);
  offerContentEvents(candidates, events);
}

function offerOperationDetails(candidates: TCandidates, events: TOtlpEvent[]): void {
  const event = events.find((item) => item.name === OPERATION_DETAILS);
  if (event === undefined) return;
  const source = `event:${OPERATION_DETAILS}` as const;
  const input = readGenAiInput(event.attributes);
  if (input !== null) {
    offer(candidates, { input: { [source]: input.raw } });
    offer(candidates, { inputMessages: { [source]: input.messages } });
  }
  const output = readGenAiOutput(event.attributes);
  if (output !== null) {
    offer(candidates, { output: { [source]: output.raw } });
    offer(candidates, { outputMessages: { [source]: output.messages } });
  }
}

function offerMessageEvents(candidates: TCandidates, events: TOtlpEvent[]): void {
  const inputBodies: unknown[] = [];
  const inputMessages: TChatMessage[] = [];
  const choices: { index: number; body: unknown; messages: TChatMessage[] }[] = [];
  for (const event of events) {
    const role = MESSAGE_EVENT_ROLES[event.name];
    if (role !== undefined) {
      const body = eventBody(event.attributes);
      inputBodies.push(body);
      inputMessages.push(...toChatMessage({ ...body, role: asString(body.role) ?? role }, {}));
    } else if (event.name === "gen_ai.choice") {
      const body = eventBody(event.attributes);
      choices.push({ index: asCount(body.index) ?? choices.length, body, messages: choiceMessages(body) });
    }
  }
  const source = "event:gen_ai.*.message" as const;
  if (inputBodies.length > 0) {
    offer(candidates, { input: { [source]: inputBodies } });
    offer(candidates, { inputMessages: { [source]: inputMessages.length > 0 ? inputMessages : null } });
  }
  if (choices.length > 0) {
    choices.sort((a, b) => a.index - b.index);
    const messages = choices.flatMap((choice) => choice.messages);
    offer(candidates, { output: { "event:gen_ai.choice": choices.map((choice) => choice.body) } });
    offer(candidates, { outputMessages: { "event:gen_ai.choice": messages.length > 0 ? messages : null } });
  }
}

function choiceMessages(body: Record<string, unknown>): TChatMessage[] {
  const message = asRecord(body.message) ?? body;
  const finishReason = asString(body.finish_reason);
  return toChatMessage({ ...message, role: asString(message.role) ?? "assistant" }, { finishReason });
}

function offerContentEvents(candidates: TCandidates, events: TOtlpEvent[]): void {
  for (const event of events) {
    if (event.name === "gen_ai.content.prompt") {
      const raw = parseJsonText(event.attributes["gen_ai.prompt"] ?? event.attributes["gen_ai.event.content"]);
      offer(candidates, { input: { "event:gen_ai.content.prompt": raw } });
      offer(candidates, { inputMessages: { "event:gen_ai.content.prompt": toChatMessages(raw) } });
    } else if (event.name === "gen_ai.content.completion") {
      const raw = parseJsonText(event.attributes["gen_ai.completion"] ?? event.attributes["gen_ai.event.content"]);
      offer(candidates, { output: { "event:gen_ai.content.completion": raw } });
      offer(candidates, {
        outputMessages: { "event:gen_ai.content.completion": toChatMessages(raw, { role: "assistant" }) },
      });
    }
  }
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
