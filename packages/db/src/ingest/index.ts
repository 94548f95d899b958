export { SpanWriter } from "./span-writer.ts";
export type { TSpanWriterOptions, TWriteResult } from "./span-writer.ts";
export { isModelCall } from "./span-row.ts";
export type { TSpanRow, TSpanRowKind } from "./span-row.ts";
