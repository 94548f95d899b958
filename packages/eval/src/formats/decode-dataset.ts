import { parse as parseCsv, CsvError } from "csv-parse";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { decodeJsonCell } from "./csv-format.ts";
import {
  DATASET_RECORD_FIELDS,
  DatasetFileError,
  toDatasetRecord,
  type TDatasetFormat,
  type TDatasetRecord,
} from "./dataset-record.ts";
import { decodeDspyLine, type TDspyDecodeOptions } from "./dspy-format.ts";
import { decodeOpenAiLine } from "./openai-format.ts";
import { readLines, type TReadLinesOptions } from "./read-lines.ts";

export type TDecodeDatasetOptions = TDspyDecodeOptions & TReadLinesOptions & { format: TDatasetFormat };

type TByteSource = AsyncIterable<Uint8Array | string>;

/**
 * Items of a file as they are read, holding one line (csv: one record) at a time. The first bad line
 * throws a DatasetFileError naming its 1-based line; a caller that must be all-or-nothing writes
 * inside a transaction and lets the error roll it back. Blank lines are skipped.
 */
export async function* decodeDataset(
  source: TByteSource,
  options: TDecodeDatasetOptions,
): AsyncGenerator<TDatasetRecord> {
  if (options.format === "csv") {
    yield* decodeCsv(source);
    return;
  }
  for await (const { line, text } of readLines(source, options)) {
    if (text.trim() === "") continue;
    const value = parseJsonLine(text, line);
    switch (options.format) {
      case "jsonl":
        yield toDatasetRecord(value, line);
        break;
      case "openai":
        yield decodeOpenAiLine(value, line);
        break;
      case "dspy":
        yield decodeDspyLine(value, line, options);
        break;
      default: {
        const exhaustive: never = options.format;
        throw new Error(`Unknown format ${String(exhaustive)}`);
      }
    }
  }
}

function parseJsonLine(text: string, line: number): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new DatasetFileError({ line, message: `not valid JSON (${(error as Error).message})` });
  }
}

type TCsvRow = { record: Record<string, string>; raw: string; info: { lines: number } };

const KNOWN_COLUMNS = new Set<string>(DATASET_RECORD_FIELDS);
const TEXT_COLUMNS = new Set(["id", "sourceTraceId", "sourceSpanId"]);

async function* decodeCsv(source: TByteSource): AsyncGenerator<TDatasetRecord> {
  const parser = parseCsv({ columns: checkCsvHeader, bom: true, info: true, raw: true, skip_empty_lines: true });
  // The pipeline feeds the parser with back-pressure while this generator reads its records; a
  // failure on either side ends both, and the error is reported once, from the reading side.
  const feeding = pipeline(Readable.from(source), parser).catch(() => undefined);
  try {
    for await (const row of parser as AsyncIterable<TCsvRow>) {
      // A quoted cell may span lines: the record starts as many lines before its last as it holds.
      const line = row.info.lines - (row.raw.replace(/\r?\n$|\r$/, "").match(/\n/g)?.length ?? 0);
      yield toDatasetRecord(csvCells(row.record), line);
    }
  } catch (error) {
    if (error instanceof CsvError)
      throw new DatasetFileError({ line: csvErrorLine(error), message: csvErrorMessage(error) });
    throw error;
  } finally {
    parser.destroy();
    await feeding;
  }
}

function checkCsvHeader(header: string[]): string[] {
  const unknown = header.find((column) => !KNOWN_COLUMNS.has(column));
  if (unknown !== undefined) {
    throw new DatasetFileError({
      line: 1,
      message: `unknown column "${unknown}" (columns: ${DATASET_RECORD_FIELDS.join(", ")})`,
    });
  }
  if (!header.includes("input")) throw new DatasetFileError({ line: 1, message: 'the header has no "input" column' });
  const duplicate = header.find((column, index) => header.indexOf(column) !== index);
  if (duplicate !== undefined) throw new DatasetFileError({ line: 1, message: `column "${duplicate}" appears twice` });
  return header;
}

function csvCells(record: Record<string, string>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(record).map(([column, cell]) => [
      column,
      TEXT_COLUMNS.has(column) ? (cell === "" ? null : cell) : decodeJsonCell(cell),
    ]),
  );
}

function csvErrorLine(error: CsvError): number {
  const lines = (error as CsvError & { lines?: number }).lines;
  return typeof lines === "number" && lines > 0 ? lines : 1;
}

function csvErrorMessage(error: CsvError): string {
  // csv-parse words its messages for programmers ("Invalid Record Length: expect 6, got 5 on line 3"); the line is ours to say.
  return error.message.replace(/\s+(at|on) line \d+.*$/, "");
}
