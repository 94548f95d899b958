import { DatasetFileError, isPlainObject, type TDatasetRecord } from "./dataset-record.ts";

/** The turns a chat-shaped input keeps; a message with any other role makes the input not chat-shaped. */
const CHAT_ROLES = new Set(["system", "developer", "user", "assistant", "tool"]);

type TChatMessage = Record<string, unknown> & { role: string };

/**
 * One item as an OpenAI chat fine-tuning line, `{"messages": [...]}`: a chat-shaped input (an array
 * of messages, or an object with such a `messages` array) keeps its turns; any other input becomes
 * one user turn (text as is, anything else as JSON text); the expected output becomes the final
 * assistant turn (an assistant message as is, text as its content, anything else as JSON text). An
 * item without expected output gets no assistant turn. The format has no place for id, metadata or
 * lineage, so they are not written.
 */
export function encodeOpenAiLine(record: TDatasetRecord): string {
  const messages = inputMessages(record.input);
  const answer = assistantTurn(record.expectedOutput);
  return `${JSON.stringify({ messages: answer === null ? messages : [...messages, answer] })}\n`;
}

export function chatMessages(value: unknown): TChatMessage[] | null {
  const candidate = isPlainObject(value) && Array.isArray(value.messages) ? value.messages : value;
  if (!Array.isArray(candidate) || candidate.length === 0) return null;
  const isChat = candidate.every(
    (message) => isPlainObject(message) && typeof message.role === "string" && CHAT_ROLES.has(message.role),
  );
  return isChat ? (candidate as TChatMessage[]) : null;
}

function inputMessages(input: unknown): TChatMessage[] {
  return chatMessages(input) ?? [{ role: "user", content: asText(input) }];
}

function assistantTurn(expectedOutput: unknown): TChatMessage | null {
  if (expectedOutput === null || expectedOutput === undefined) return null;
  if (isPlainObject(expectedOutput) && expectedOutput.role === "assistant") return expectedOutput as TChatMessage;
  return { role: "assistant", content: asText(expectedOutput) };
}

function asText(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

/**
 * Reads a line back: a final assistant turn is the expected output, the turns before it the input.
 * A lone user turn reads back as its content, and an assistant turn with only text as that text;
 * text that holds a JSON object or array reads back as that value (numbers and booleans written as
 * text stay text: the format cannot tell them apart).
 */
export function decodeOpenAiLine(value: unknown, line: number): TDatasetRecord {
  const messages = isPlainObject(value) ? chatMessages(value.messages) : null;
  if (messages === null) {
    throw new DatasetFileError({
      line,
      message: 'expected {"messages": [...]} with system, user, assistant or tool turns',
    });
  }
  const last = messages.at(-1)!;
  const hasAnswer = last.role === "assistant" && messages.length > 1;
  const turns = hasAnswer ? messages.slice(0, -1) : messages;
  return {
    id: null,
    input: readInput(turns),
    expectedOutput: hasAnswer ? readAnswer(last) : null,
    metadata: null,
    sourceTraceId: null,
    sourceSpanId: null,
  };
}

function readInput(turns: TChatMessage[]): unknown {
  const only = turns.length === 1 ? turns[0]! : null;
  if (only !== null && only.role === "user" && isTextOnly(only)) return fromText(only.content as string);
  return turns;
}

function readAnswer(message: TChatMessage): unknown {
  return isTextOnly(message) ? fromText(message.content as string) : message;
}

function isTextOnly(message: TChatMessage): boolean {
  return (
    typeof message.content === "string" && Object.keys(message).every((key) => key === "role" || key === "content")
  );
}

function fromText(text: string): unknown {
  const trimmed = text.trimStart();
  if (!trimmed.startsWith("{") && !trimmed.startsWith("[")) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
