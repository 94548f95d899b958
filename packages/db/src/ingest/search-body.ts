import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import type { PoolClient } from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { copyField } from "./copy-spans.ts";
import type { TSpanRow } from "./span-row.ts";

// A JSON string literal, and whether a colon follows it (then it is a key, not text). Runs of plain
// characters are matched whole: one alternation per character made extraction 3× slower.
const JSON_STRING = /"((?:[^"\\]+|\\.)*)"(\s*:)?/g;
const JSON_ESCAPE = /\\(?:u([0-9a-fA-F]{4})|(.))/g;
const WHITESPACE = /\s+/g;

const COPY_SQL = `COPY span_search (project_id, trace_id, span_id, body) FROM STDIN`;

/**
 * The searchable text of a span, whole: its trace and span ids, its name and the trace name it
 * carried, and the string values of its input, output and metadata JSON (keys and syntax dropped, so
 * `role` or `content` do not match every trace). Lower-cased here, once, so a search is a plain LIKE
 * that the trigram index serves; JavaScript's toLowerCase folds every script (Polish, Cyrillic,
 * Greek), and scripts without case (Chinese) pass unchanged.
 */
export function searchBodyOf(row: TSpanRow): string {
  const parts = [row.traceId, row.spanId, row.name];
  if (row.traceName) parts.push(row.traceName);
  for (const json of [
    row.inputJson ?? row.inputMessagesJson,
    row.outputJson ?? row.outputMessagesJson,
    row.metadataJson,
  ]) {
    if (json) parts.push(jsonStrings(json));
  }
  return parts.join(" ").replace(WHITESPACE, " ").trim().toLowerCase();
}

/** Writes the rows' search bodies: called in the transaction that stored these (new) spans. */
export async function copySearchBodies(client: PoolClient, rows: TSpanRow[]): Promise<void> {
  if (rows.length === 0) return;
  await pipeline(Readable.from(searchLines(rows)), client.query(copyFrom(COPY_SQL)));
}

function* searchLines(rows: TSpanRow[]): Generator<string> {
  const CHUNK_ROWS = 128;
  for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
    let chunk = "";
    for (const row of rows.slice(start, start + CHUNK_ROWS)) {
      chunk += `${copyField(row.projectId)}\t${copyField(row.traceId)}\t${copyField(row.spanId)}\t${copyField(searchBodyOf(row))}\n`;
    }
    yield chunk;
  }
}

function jsonStrings(json: string): string {
  if (json[0] !== "{" && json[0] !== "[" && json[0] !== '"') return json;
  const parts: string[] = [];
  for (const match of json.matchAll(JSON_STRING)) {
    if (match[2]) continue;
    parts.push(match[1]!.includes("\\") ? match[1]!.replace(JSON_ESCAPE, unescapeJson) : match[1]!);
  }
  return parts.join(" ");
}

function unescapeJson(_escape: string, hex: string | undefined, single: string | undefined): string {
  if (hex) return String.fromCharCode(parseInt(hex, 16));
  return single === "n" || single === "t" || single === "r" ? " " : (single ?? "");
}
