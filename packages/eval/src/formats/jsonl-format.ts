import type { TDatasetRecord } from "./dataset-record.ts";

/** One item as one jsonl line (with its newline), keys in DATASET_RECORD_FIELDS order. */
export function encodeJsonlLine(record: TDatasetRecord): string {
  const { id, input, expectedOutput, metadata, sourceTraceId, sourceSpanId } = record;
  return `${JSON.stringify({ id, input, expectedOutput, metadata, sourceTraceId, sourceSpanId })}\n`;
}
