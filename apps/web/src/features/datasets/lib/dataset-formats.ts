import type { TDatasetExportQuery } from "@spanlight/core";

export type TDatasetFormat = TDatasetExportQuery["format"];

/** The file formats, as the export and import dialogs offer them. */
export const DATASET_FORMATS: Array<{ id: TDatasetFormat; label: string; hint: string }> = [
  { id: "jsonl", label: "JSONL", hint: "One item a line, every field" },
  { id: "csv", label: "CSV", hint: "The same columns; objects as JSON" },
  { id: "openai", label: "OpenAI fine-tuning", hint: "Chat messages, the expected output last" },
  { id: "dspy", label: "DSPy", hint: "Flat rows for dspy.Example" },
];
