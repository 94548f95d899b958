import type { TCpuUse } from "../lib/proc-stats.ts";
import { percentile, sum } from "../lib/stats.ts";
import { SPANS_PER_REQUEST } from "./generate-spans.ts";
import type { TPhaseResult } from "./load-phases.ts";

export type TPhaseSummary = {
  name: string;
  seconds: number;
  requests: number;
  storedSpans: number;
  lostSpans: number;
  rejectedSpans: number;
  spansPerSecond: number;
  mbPerSecond: number;
  /** Each HTTP answer (429s included), send to last byte. */
  answerP50Ms: number;
  answerP99Ms: number;
  /** Batch handed to the exporter (its scheduled time in the open loop) → 200, retry waits included. */
  storedP50Ms: number;
  storedP99Ms: number;
  status429: number;
  otherNon200: number;
  errors: string[];
  cpu: TCpuUse;
};

export function summarizePhase(phase: TPhaseResult, cpu: TCpuUse): TPhaseSummary {
  const stored = phase.requests.filter((request) => request.outcome.isStored);
  const seconds = (phase.endedMs - phase.startedMs) / 1000;
  const attempts = phase.requests.flatMap((request) => request.outcome.attempts);
  const storedMs = stored.map((request) => request.outcome.totalMs + request.lateMs);
  const rejectedSpans = sum(stored.map((request) => request.outcome.rejectedSpans));
  const storedSpans = stored.length * SPANS_PER_REQUEST - rejectedSpans;
  return {
    name: phase.name,
    seconds,
    requests: phase.requests.length,
    storedSpans,
    lostSpans: (phase.requests.length - stored.length) * SPANS_PER_REQUEST + rejectedSpans,
    rejectedSpans,
    spansPerSecond: storedSpans / seconds,
    mbPerSecond: sum(stored.map((request) => request.bytes)) / 1e6 / seconds,
    answerP50Ms: percentile(
      attempts.map((attempt) => attempt.latencyMs),
      50,
    ),
    answerP99Ms: percentile(
      attempts.map((attempt) => attempt.latencyMs),
      99,
    ),
    storedP50Ms: percentile(storedMs, 50),
    storedP99Ms: percentile(storedMs, 99),
    status429: attempts.filter((attempt) => attempt.status === 429).length,
    otherNon200: attempts.filter((attempt) => attempt.status !== 200 && attempt.status !== 429).length,
    errors: [
      ...new Set(
        phase.requests.map((request) => request.outcome.error).filter((error): error is string => Boolean(error)),
      ),
    ],
    cpu,
  };
}
