import { AppError } from "@spanlight/core";
import { z } from "zod";

/**
 * One dataset item as the file formats carry it (issue 13, "Export formats"). `id` is null when a file
 * did not say (openai and dspy lines never do; the importer assigns one). Values are JSON.
 */
export type TDatasetRecord = {
  id: string | null;
  input: unknown;
  expectedOutput: unknown;
  metadata: unknown;
  sourceTraceId: string | null;
  sourceSpanId: string | null;
};

export const DATASET_FORMATS = ["jsonl", "csv", "openai", "dspy"] as const;
export type TDatasetFormat = (typeof DATASET_FORMATS)[number];

/** The columns of csv and the keys of jsonl, in this order. */
export const DATASET_RECORD_FIELDS = [
  "id",
  "input",
  "expectedOutput",
  "metadata",
  "sourceTraceId",
  "sourceSpanId",
] as const;

export type TDspyKeyOptions = {
  /** Key for a non-object input. Default `input`. */
  inputKey?: string;
  /** Key for a non-object expected output. Default `output`. */
  outputKey?: string;
};

export const DEFAULT_DSPY_INPUT_KEY = "input";
export const DEFAULT_DSPY_OUTPUT_KEY = "output";

/** A line of a file that cannot become an item: the whole file is refused (imports are all or nothing). */
export class DatasetFileError extends AppError {
  /** 1-based line of the file where the bad record starts. */
  readonly line: number;

  constructor(options: { line: number; message: string }) {
    super({ status: 400, code: "invalid_file", message: `Line ${options.line}: ${options.message}` });
    this.line = options.line;
  }
}

/** An item that a format cannot represent (e.g. a dspy key used by both input and expected output). */
export class DatasetEncodeError extends AppError {
  constructor(message: string) {
    super({ status: 422, code: "unencodable_item", message });
  }
}

// Values come out of JSON.parse (a jsonl line, a csv cell), so they are JSON by construction:
// z.json() would walk every 10 MB input again for nothing (measured: a third of decode time).
const ZRecordLine = z.strictObject({
  id: z.string().min(1).nullish(),
  input: z.unknown().refine((value) => value !== null && value !== undefined, "input is required"),
  expectedOutput: z.unknown().optional(),
  metadata: z.unknown().optional(),
  sourceTraceId: z.string().min(1).nullish(),
  sourceSpanId: z.string().min(1).nullish(),
});

/** Checks one decoded jsonl object or csv row and fills what it left out with null. */
export function toDatasetRecord(value: unknown, line: number): TDatasetRecord {
  const parsed = ZRecordLine.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = issue.path.join(".");
    throw new DatasetFileError({ line, message: path === "" ? issue.message : `${path}: ${issue.message}` });
  }
  const record = parsed.data;
  return {
    id: record.id ?? null,
    input: record.input,
    expectedOutput: record.expectedOutput ?? null,
    metadata: record.metadata ?? null,
    sourceTraceId: record.sourceTraceId ?? null,
    sourceSpanId: record.sourceSpanId ?? null,
  };
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
