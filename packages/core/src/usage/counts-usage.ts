import type { TSpanKindName } from "../contracts/traces.ts";

/**
 * Whether a span's tokens and cost count towards a total (trace, subtree, session, user): model
 * calls only. Wrappers repeat their children's usage (the AI SDK's `ai.generateText` carries the sum
 * of its `ai.generateText.doGenerate` calls), so counting them too doubled the totals. The trace
 * rollup at ingest and the trace page's tree both decide with this one rule.
 */
export function countsUsage(kind: TSpanKindName): boolean {
  return kind === "LLM" || kind === "EMBEDDING";
}
