import { SPAN_COLUMNS } from "../../packages/db/src/ingest/insert-spans.ts";
import type { TSpanRow } from "@spanlight/db";

const COPY_SPECIAL = /[\\\t\n\r]/g;
const HAS_COPY_SPECIAL = /[\\\t\n\r]/;
const COPY_ESCAPES: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };

/** One value in COPY text format, as the SpanWriter's copy-spans.ts writes it: \N for NULL, specials escaped. */
export function copyField(value: unknown): string {
  if (value === null || value === undefined) return "\\N";
  const text = typeof value === "string" ? value : String(value);
  return HAS_COPY_SPECIAL.test(text) ? text.replace(COPY_SPECIAL, (char) => COPY_ESCAPES[char]!) : text;
}

export const SPAN_COPY_SQL = `COPY span (${SPAN_COLUMNS.map(([column]) => `"${column}"`).join(", ")}) FROM STDIN`;

/** One span as a COPY line, in the writer's column order (SPAN_COLUMNS). */
export function spanCopyLine(row: TSpanRow): string {
  return `${SPAN_COLUMNS.map(([, , read]) => copyField(read(row))).join("\t")}\n`;
}

/** A text[] literal for COPY; the values used here need no quoting. */
export function textArray(values: readonly string[]): string {
  return `{${values.join(",")}}`;
}
