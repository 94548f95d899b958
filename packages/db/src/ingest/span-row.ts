import { countsUsage } from "@spanlight/core";

/** Kinds as the `SpanKind` enum in prisma/schema.prisma. */
export type TSpanRowKind =
  "LLM" | "EMBEDDING" | "CHAIN" | "TOOL" | "RETRIEVER" | "RERANKER" | "AGENT" | "GUARDRAIL" | "EVALUATOR" | "SPAN";

/**
 * One span as the writer stores it. JSON columns arrive already serialised (the caller knows how to
 * turn bigints and binary into JSON, and serialising once keeps the writer's hot loop cheap).
 */
export type TSpanRow = {
  projectId: string;
  traceId: string;
  spanId: string;
  parentSpanId: string | null;
  name: string;
  kind: TSpanRowKind;
  otelSpanKind: number;
  startUnixNano: bigint;
  endUnixNano: bigint;
  statusCode: "UNSET" | "OK" | "ERROR";
  statusMessage: string | null;
  model: string | null;
  provider: string | null;
  inputTokens: number | null;
  outputTokens: number | null;
  totalTokens: number | null;
  cacheReadTokens: number | null;
  cacheWriteTokens: number | null;
  reasoningTokens: number | null;
  costUsd: number | null;
  inputCostUsd: number | null;
  outputCostUsd: number | null;
  costSource: "provided" | "price" | "none";
  priceId: string | null;
  userId: string | null;
  sessionId: string | null;
  environment: string | null;
  release: string | null;
  promptName: string | null;
  promptVersion: string | null;
  scopeName: string | null;
  inputPreview: string | null;
  outputPreview: string | null;
  inputJson: string | null;
  outputJson: string | null;
  inputMessagesJson: string | null;
  outputMessagesJson: string | null;
  modelParametersJson: string | null;
  metadataJson: string | null;
  attributesJson: string;
  resourceAttributesJson: string;
  eventsJson: string | null;
  exceptionsJson: string | null;
  linksJson: string | null;
  extraJson: string | null;
  /** Trace-level facts this span carried; the trace rollup merges them across spans. */
  traceName: string | null;
  tags: string[];
  /** Approximate size in bytes, for the writer's memory bound. */
  sizeBytes: number;
};

/** Spans whose tokens and cost count towards the trace total: the one rule in packages/core. */
export function isModelCall(kind: TSpanRowKind): boolean {
  return countsUsage(kind);
}

/**
 * How much of a trace's input/output text `trace.search_text` keeps, in characters: enough for the
 * root's question and answer of a typical chat turn. 2 K also stays in the row (compressed, under
 * PostgreSQL's 2 KB TOAST threshold), which made a search scan 2-3× faster than an 8 K cap whose
 * text lives out of line and must be fetched and decompressed per row (list-traces.ts has numbers).
 */
export const SEARCH_TEXT_MAX_CHARS = 2_048;

// A JSON string literal, and whether a colon follows it (then it is a key, not text). Runs of plain
// characters are matched whole: one alternation per character made extraction 3× slower.
const JSON_STRING = /"((?:[^"\\]+|\\.)*)"(\s*:)?/g;
const JSON_ESCAPE = /\\(?:u([0-9a-fA-F]{4})|(.))/g;
const WHITESPACE = /\s+/g;

/**
 * The searchable text of a span's input and output: the string values of the JSON as sent (keys
 * and syntax dropped, so `role` or `content` do not match every trace), lower-cased so search can
 * use LIKE rather than ILIKE (which lower-cases every row per query), at most `maxChars`. Only the
 * first few multiples of the budget of a payload are scanned: a 1 MB input costs no more than 8 KB.
 */
export function searchTextOf(row: TSpanRow, maxChars = SEARCH_TEXT_MAX_CHARS): string | null {
  const sources = [row.inputJson ?? row.inputMessagesJson, row.outputJson ?? row.outputMessagesJson];
  let text = "";
  for (const json of sources) {
    if (!json || text.length >= maxChars) continue;
    text += ` ${jsonStrings(headOf(json, maxChars * 4), maxChars - text.length)}`;
  }
  const flat = text.replace(WHITESPACE, " ").trim().toLowerCase();
  return flat ? flat.slice(0, maxChars) : null;
}

/** The first `length` characters; a string literal cut open is closed, so its start still counts. */
function headOf(json: string, length: number): string {
  return json.length > length ? `${json.slice(0, length)}"` : json;
}

function jsonStrings(json: string, budget: number): string {
  if (json[0] !== "{" && json[0] !== "[" && json[0] !== '"') return json;
  const parts: string[] = [];
  let length = 0;
  for (const match of json.matchAll(JSON_STRING)) {
    if (match[2]) continue;
    const value = match[1]!.includes("\\") ? match[1]!.replace(JSON_ESCAPE, unescapeJson) : match[1]!;
    parts.push(value);
    length += value.length + 1;
    if (length >= budget) break;
  }
  return parts.join(" ");
}

function unescapeJson(_escape: string, hex: string | undefined, single: string | undefined): string {
  if (hex) return String.fromCharCode(parseInt(hex, 16));
  return single === "n" || single === "t" || single === "r" ? " " : (single ?? "");
}
