import type { TSpanRow } from "./span-row.ts";

/** A candidate for a trace's input or output preview, with the key that ranks it (lowest wins). */
export type TPreviewCandidate = { rank: string; text: string };

/**
 * The one rule for a trace's previews: the root's text when it has some, else the first LLM span's
 * in start order, else the first span's with any. Ranking by a key stored beside each preview lets
 * every batch merge by comparison, so the answer no longer depends on which batch came first (it
 * did: five identical AI SDK traces showed three different previews). The key sorts as text:
 * class digit, start time zero-padded to 20 digits (nanoseconds fit in 19), then the span id.
 */
export function previewRank(row: TSpanRow): string {
  const spanClass = row.parentSpanId === null ? "0" : row.kind === "LLM" ? "1" : "2";
  return `${spanClass}${row.startUnixNano.toString().padStart(20, "0")}${row.spanId}`;
}

/** The better of the current candidate and this span's text, if it has any. */
export function betterPreview(
  current: TPreviewCandidate | null,
  row: TSpanRow,
  text: string | null,
): TPreviewCandidate | null {
  if (text === null) return current;
  const rank = previewRank(row);
  return current === null || rank < current.rank ? { rank, text } : current;
}

/** SQL for the merge: the stored preview stays unless the batch brings a better-ranked one. */
export function mergePreviewSql(column: "input_preview" | "output_preview"): string {
  const rank = `${column}_rank`;
  const isBetter = `EXCLUDED.${rank} IS NOT NULL AND (t.${rank} IS NULL OR EXCLUDED.${rank} < t.${rank})`;
  return `${column} = CASE WHEN ${isBetter} THEN EXCLUDED.${column} ELSE t.${column} END,
  ${rank} = CASE WHEN ${isBetter} THEN EXCLUDED.${rank} ELSE t.${rank} END`;
}
