import { match } from "ts-pattern";
import { CSV_HEADER_LINE, encodeCsvRow } from "./csv-format.ts";
import type { TDatasetFormat, TDatasetRecord, TDspyKeyOptions } from "./dataset-record.ts";
import { encodeDspyLine } from "./dspy-format.ts";
import { encodeJsonlLine } from "./jsonl-format.ts";
import { encodeOpenAiLine } from "./openai-format.ts";

export type TEncodeDatasetOptions = TDspyKeyOptions & { format: TDatasetFormat };

/** What goes before the first item (csv's header line; nothing for the line formats). */
export function datasetFilePreamble(format: TDatasetFormat): string {
  return format === "csv" ? CSV_HEADER_LINE : "";
}

/** One item as its line (or csv record), terminator included. */
export function encodeDatasetRecord(record: TDatasetRecord, options: TEncodeDatasetOptions): string {
  return match(options.format)
    .with("jsonl", () => encodeJsonlLine(record))
    .with("csv", () => encodeCsvRow(record))
    .with("openai", () => encodeOpenAiLine(record))
    .with("dspy", () => encodeDspyLine(record, options))
    .exhaustive();
}

/**
 * A whole file as text chunks, one per item after the preamble, pulling items as it goes: a caller
 * streaming a database cursor through this holds one item at a time.
 */
export async function* encodeDataset(
  records: AsyncIterable<TDatasetRecord> | Iterable<TDatasetRecord>,
  options: TEncodeDatasetOptions,
): AsyncGenerator<string> {
  const preamble = datasetFilePreamble(options.format);
  if (preamble !== "") yield preamble;
  for await (const record of records) yield encodeDatasetRecord(record, options);
}

/** Media type and file extension for a download. */
export function datasetFileType(format: TDatasetFormat): { mediaType: string; extension: string } {
  return match(format)
    .with("jsonl", () => ({ mediaType: "application/jsonl; charset=utf-8", extension: "jsonl" }))
    .with("csv", () => ({ mediaType: "text/csv; charset=utf-8", extension: "csv" }))
    .with("openai", () => ({ mediaType: "application/jsonl; charset=utf-8", extension: "openai.jsonl" }))
    .with("dspy", () => ({ mediaType: "application/jsonl; charset=utf-8", extension: "dspy.jsonl" }))
    .exhaustive();
}
