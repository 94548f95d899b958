import type { TCanonicalSpan, TChatMessage } from "@spanlight/ingest";

/** Lists show this much of a span's input and output; the full payload loads with the span. */
export const PREVIEW_LENGTH = 280;

export function inputPreviewOf(span: TCanonicalSpan): string | null {
  const messages = span.inputMessages;
  if (messages && messages.length > 0) {
    const lastUser = [...messages].reverse().find((message) => message.role === "user") ?? messages.at(-1)!;
    return truncate(messageText(lastUser));
  }
  return truncate(valueText(span.input));
}

export function outputPreviewOf(span: TCanonicalSpan): string | null {
  const messages = span.outputMessages;
  if (messages && messages.length > 0) return truncate(messageText(messages[0]!));
  return truncate(valueText(span.output));
}

function messageText(message: TChatMessage): string {
  if (message.content) return message.content;
  const calls = message.toolCalls?.map((call) => `${call.name}(${call.arguments})`).join(", ");
  return calls ? `→ ${calls}` : "";
}

function valueText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value;
  try {
    return JSON.stringify(value, (_key, inner: unknown) => (typeof inner === "bigint" ? inner.toString() : inner));
  } catch {
    return null;
  }
}

function truncate(text: string | null): string | null {
  if (!text) return null;
  const flat = text.replace(/\s+/g, " ").trim().replaceAll("\u0000", "");
  if (!flat) return null;
  return flat.length > PREVIEW_LENGTH ? `${flat.slice(0, PREVIEW_LENGTH - 1)}…` : flat;
}
