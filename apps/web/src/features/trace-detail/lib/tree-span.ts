import { countsUsage } from "@spanlight/core";
import type { TSpanKindName, TSpanSummary } from "@spanlight/core";

/** The light shape every tree row and timeline bar is drawn from; payloads are fetched per span. */
export type TTreeSpan = {
  spanId: string;
  parentSpanId: string | null;
  name: string;
  kind: TSpanKindName;
  /** Epoch milliseconds, fractional (sub-µs rounding is invisible at any zoom the axis offers). */
  startMs: number;
  durationMs: number;
  isError: boolean;
  model: string | null;
  inputTokens: number | null;
  outputTokens: number | null;
  totalTokens: number | null;
  costUsd: number | null;
};

/** The fields a tree row needs from the read API's light span. */
export type TTreeSpanSource = Pick<
  TSpanSummary,
  | "spanId"
  | "parentSpanId"
  | "name"
  | "kind"
  | "startTimeUnixNano"
  | "durationMs"
  | "statusCode"
  | "model"
  | "inputTokens"
  | "outputTokens"
  | "totalTokens"
  | "costUsd"
>;

export function toTreeSpan(source: TTreeSpanSource): TTreeSpan {
  return {
    spanId: source.spanId,
    parentSpanId: source.parentSpanId,
    name: source.name,
    kind: source.kind,
    startMs: Number(source.startTimeUnixNano) / 1e6,
    durationMs: Math.max(0, source.durationMs),
    isError: source.statusCode === "ERROR",
    model: source.model,
    inputTokens: source.inputTokens,
    outputTokens: source.outputTokens,
    totalTokens: source.totalTokens,
    costUsd: source.costUsd,
  };
}

/** A span's own token count: the reported total, else input plus output. */
export function ownTokens(span: TTreeSpan): number {
  return span.totalTokens ?? (span.inputTokens ?? 0) + (span.outputTokens ?? 0);
}

/** What a span adds to its subtree's totals: its own usage when it is a model call, else nothing. */
export function countedTokens(span: TTreeSpan): number {
  return countsUsage(span.kind) ? ownTokens(span) : 0;
}

export function countedCostUsd(span: TTreeSpan): number {
  return countsUsage(span.kind) ? (span.costUsd ?? 0) : 0;
}
