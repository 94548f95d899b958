import type { TSpan } from "@spanlight/core";
import { z } from "zod";

// Events, exceptions and links are stored as the ingester wrote them; read them defensively, since
// a span from an older ingester version may lack a field.
const ZUnixNano = z.union([z.string(), z.number()]).transform((value) => Number(value) / 1e6);

export const ZSpanEvent = z.object({
  name: z.string().catch("event"),
  timeUnixNano: ZUnixNano.optional(),
  attributes: z.record(z.string(), z.unknown()).catch({}),
});
export type TSpanEvent = z.infer<typeof ZSpanEvent>;

export const ZSpanException = z.object({
  type: z.string().nullable().catch(null),
  message: z.string().nullable().catch(null),
  stacktrace: z.string().nullable().catch(null),
  timeUnixNano: ZUnixNano.optional(),
});
export type TSpanException = z.infer<typeof ZSpanException>;

export const ZSpanLink = z.object({
  traceId: z.string(),
  spanId: z.string(),
  attributes: z.record(z.string(), z.unknown()).catch({}),
});
export type TSpanLink = z.infer<typeof ZSpanLink>;

// The exception events are shown as exceptions (from `span.exceptions`), not again as events.
const EXCEPTION_EVENT_NAMES = new Set(["exception", "gen_ai.client.operation.exception"]);

export function readEvents(span: TSpan): TSpanEvent[] {
  return readList(span.events, ZSpanEvent).filter((event) => !EXCEPTION_EVENT_NAMES.has(event.name));
}

export function readList<T>(items: unknown[], schema: z.ZodType<T>): T[] {
  return items.flatMap((item) => {
    const parsed = schema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

export function hasChat(span: TSpan): boolean {
  return (span.inputMessages?.length ?? 0) > 0 || (span.outputMessages?.length ?? 0) > 0;
}

/** Tool-call arguments are JSON text by convention; pretty-print them when they parse. */
export function prettyJsonText(text: string): { text: string; isJson: boolean } {
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed !== null && typeof parsed === "object") return { text: JSON.stringify(parsed, null, 2), isJson: true };
  } catch {
    // Not JSON: shown as sent.
  }
  return { text, isJson: false };
}

export type TMessagePartView =
  | { type: "image"; src: string }
  | { type: "reasoning"; text: string }
  | { type: "other"; part: Record<string, unknown> };

/** Non-text parts of a message (images, reasoning, files) in the shapes the conventions produce. */
export function viewOfPart(part: Record<string, unknown>): TMessagePartView {
  const type = typeof part.type === "string" ? part.type : "";
  if (type === "reasoning" || type === "thinking") {
    const text = part.content ?? part.text ?? part.thinking;
    if (typeof text === "string") return { type: "reasoning", text };
  }
  const src = imageSource(part);
  return src ? { type: "image", src } : { type: "other", part };
}

function imageSource(part: Record<string, unknown>): string | null {
  const nested = part.image_url;
  const candidates = [
    typeof nested === "object" && nested !== null ? (nested as Record<string, unknown>).url : nested,
    part.type === "image" ? part.image : undefined,
    part.modality === "image" ? (part.uri ?? part.url) : undefined,
  ];
  const found = candidates.find(
    (candidate): candidate is string => typeof candidate === "string" && candidate.length > 0,
  );
  if (found) return found;
  const mime = part.mime_type ?? part.mimeType ?? part.mediaType;
  if (typeof mime === "string" && mime.startsWith("image/") && typeof part.content === "string")
    return `data:${mime};base64,${part.content}`;
  return null;
}

/** A document a retriever returned, as OpenInference and OTel GenAI record them. */
export type TRetrievedDocument = { id: string | null; score: number | null; content: string; metadata: unknown };

/**
 * A retriever's output as documents: a list whose every item has text content (`content`,
 * `page_content` or `text`), with an id and a score when they were recorded. Null for anything else.
 */
export function retrievedDocuments(value: unknown): TRetrievedDocument[] | null {
  if (!Array.isArray(value) || value.length === 0) return null;
  const documents: TRetrievedDocument[] = [];
  for (const item of value) {
    if (typeof item !== "object" || item === null || Array.isArray(item)) return null;
    const record = item as Record<string, unknown>;
    const content = [record.content, record.page_content, record.text].find((text) => typeof text === "string");
    if (typeof content !== "string") return null;
    const id = record.id ?? record.document_id;
    documents.push({
      id: typeof id === "string" || typeof id === "number" ? String(id) : null,
      score: typeof record.score === "number" ? record.score : null,
      content,
      metadata: record.metadata ?? null,
    });
  }
  return documents;
}
