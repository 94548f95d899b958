import type { TAttributes } from "../otlp/types.ts";
import type { TChatMessage } from "../types.ts";
import { asArray, parseJsonText } from "../normalize/attribute-values.ts";
import { systemInstructionsToMessages, toChatMessages } from "./chat-messages.ts";

export type TRawAndMessages = { raw: unknown; messages: TChatMessage[] | null };

/**
 * GenAI ≥1.37 input: `gen_ai.input.messages` plus `gen_ai.system_instructions`, read from the span's
 * attributes or from the `gen_ai.client.inference.operation.details` event (same keys). The raw value
 * is the messages array with the instructions put back in front as a `system` message, so nothing the
 * instrumentation sent is lost when only `input` is shown.
 */
export function readGenAiInput(attributes: TAttributes): TRawAndMessages | null {
  const messagesValue = parseJsonText(attributes["gen_ai.input.messages"]);
  const instructionsValue = parseJsonText(attributes["gen_ai.system_instructions"]);
  if (messagesValue === undefined && instructionsValue === undefined) return null;

  const system = instructionsValue === undefined ? null : systemInstructionsToMessages(instructionsValue);
  const messages = messagesValue === undefined ? null : toChatMessages(messagesValue);
  const combined = [...(system ?? []), ...(messages ?? [])];
  return { raw: withInstructions(messagesValue, instructionsValue), messages: combined.length > 0 ? combined : null };
}

export function readGenAiOutput(attributes: TAttributes): TRawAndMessages | null {
  const value = parseJsonText(attributes["gen_ai.output.messages"]);
  if (value === undefined) return null;
  return { raw: value, messages: toChatMessages(value, { role: "assistant" }) };
}

function withInstructions(messages: unknown, instructions: unknown): unknown {
  if (instructions === undefined) return messages;
  const parts = typeof instructions === "string" ? [{ type: "text", content: instructions }] : instructions;
  const system = { role: "system", parts };
  const list = asArray(messages);
  if (list !== null) return [system, ...list];
  return messages === undefined ? [system] : { system_instructions: instructions, messages };
}
