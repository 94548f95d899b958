import type { TDatasetRecord } from "../dataset-record.ts";

/**
 * Items that exercise every corner of the formats: chat inputs with a tool turn, object inputs,
 * text with commas, quotes, newlines and non-ASCII, text that looks like JSON, numbers, nulls.
 * The golden files beside this module are these items exported; read them when a format changes.
 */
export const GOLDEN_ITEMS: TDatasetRecord[] = [
  {
    id: "chat-1",
    input: [
      { role: "system", content: "You extract phenotype terms." },
      { role: "user", content: 'Patient has seizures, ataxia and "short stature".' },
      {
        role: "assistant",
        content: null,
        tool_calls: [
          { id: "call_1", type: "function", function: { name: "lookup_hpo", arguments: '{"term":"ataxia"}' } },
        ],
      },
      { role: "tool", tool_call_id: "call_1", content: "HP:0001251" },
    ],
    expectedOutput: "Seizure; Ataxia; Short stature",
    metadata: { source: "feedback", flaggedBy: ["user-7"], score: -1 },
    sourceTraceId: "4bf92f3577b34da6a3ce929d0e0e4736",
    sourceSpanId: "00f067aa0ba902b7",
  },
  {
    id: "text-2",
    input: "Line one, with a comma\nline two; «quotes» and 漢字 — done",
    expectedOutput: "ok",
    metadata: null,
    sourceTraceId: null,
    sourceSpanId: null,
  },
  {
    id: "object-3",
    input: { question: "What is 6 × 7?", context: ["arithmetic"] },
    expectedOutput: { answer: "42", rationale: "6 × 7 = 42" },
    metadata: { difficulty: 1 },
    sourceTraceId: "0af7651916cd43dd8448eb211c80319c",
    sourceSpanId: null,
  },
  {
    id: "json-looking-4",
    input: "42",
    expectedOutput: "true",
    metadata: { note: "strings that parse as JSON stay strings" },
    sourceTraceId: null,
    sourceSpanId: null,
  },
  {
    id: "no-answer-5",
    input: "Summarise the incident.",
    expectedOutput: null,
    metadata: null,
    sourceTraceId: null,
    sourceSpanId: null,
  },
];
