import { stringify } from "csv-stringify/sync";
import { DATASET_RECORD_FIELDS, type TDatasetRecord } from "./dataset-record.ts";

// RFC 4180: CRLF between records, fields quoted when they hold a comma, quote or line break.
const CSV_OPTIONS = { record_delimiter: "\r\n" as const, eof: true };

export const CSV_HEADER_LINE = stringify([[...DATASET_RECORD_FIELDS]], CSV_OPTIONS);

/** One item as one csv record (with its CRLF). Cells per `encodeJsonCell` / `encodeTextCell`. */
export function encodeCsvRow(record: TDatasetRecord): string {
  const row = [
    encodeTextCell(record.id),
    encodeJsonCell(record.input),
    encodeJsonCell(record.expectedOutput),
    encodeJsonCell(record.metadata),
    encodeTextCell(record.sourceTraceId),
    encodeTextCell(record.sourceSpanId),
  ];
  return stringify([row], CSV_OPTIONS);
}

/** Any table of text cells as csv (a header row first, if it has one). */
export function encodeCsvTable(rows: readonly (readonly string[])[]): string {
  return stringify(
    rows.map((row) => [...row]),
    CSV_OPTIONS,
  );
}

function encodeTextCell(value: string | null): string {
  return value ?? "";
}

/**
 * Non-string values are written as JSON, strings as they are, so a spreadsheet shows text as text.
 * A string that would itself read back as JSON (`42`, `true`, `[1]`, `"x"`) or is empty is written as
 * a JSON string instead: the decoder reads a cell as JSON when it parses, and this keeps the
 * round trip exact. An empty cell is null.
 */
export function encodeJsonCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value !== "string") return JSON.stringify(value);
  return value === "" || parsesAsJson(value) ? JSON.stringify(value) : value;
}

export function decodeJsonCell(cell: string): unknown {
  if (cell === "") return null;
  try {
    return JSON.parse(cell) as unknown;
  } catch {
    return cell;
  }
}

function parsesAsJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
