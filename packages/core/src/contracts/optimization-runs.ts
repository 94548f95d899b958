import { z } from "zod";

// Optimisation runs (DSPy, Ax optimisers): assembled from spans carrying `optimization.*` attributes
// that may arrive in many traces and in any order (docs/optimization-spans.md, issue 9).

export const OPTIMIZATION_ROLES = ["run", "trial", "evaluate"] as const;
export type TOptimizationRole = (typeof OPTIMIZATION_ROLES)[number];

/** One stored span of a run, as ingest extracts it. */
export type TOptimizationSpanRow = {
  runId: string;
  traceId: string;
  spanId: string;
  parentSpanId: string | null;
  role: TOptimizationRole;
  name: string;
  startUnixNano: bigint;
  endUnixNano: bigint;
  isError: boolean;
  /** The span's `optimization.*` attributes. */
  attributes: Record<string, unknown>;
};

export const ZOptimizationRunIdParam = z.object({ runId: z.string().trim().min(1).max(200) });

const ZNullableNumber = z.number().nullable();
const ZNullableString = z.string().nullable();

export const ZOptimizationRunSummary = z.strictObject({
  runId: z.string(),
  optimizer: ZNullableString,
  metric: ZNullableString,
  startTime: z.string(),
  endTime: z.string(),
  baselineScore: ZNullableNumber,
  bestScore: ZNullableNumber,
  bestCandidateId: ZNullableString,
  /** Distinct trials (by number) seen so far. */
  trials: z.number().int(),
  /** `optimization.cost.usd` of the run span, else the sum over its trials. */
  costUsd: ZNullableNumber,
});
export type TOptimizationRunSummary = z.infer<typeof ZOptimizationRunSummary>;
export const ZOptimizationRunList = z.strictObject({ data: z.array(ZOptimizationRunSummary) });

export const ZOptimizationTrial = z.strictObject({
  /** Null for an evaluation outside any trial (a baseline). */
  number: z.number().int().nullable(),
  candidateId: ZNullableString,
  parentIds: z.array(z.string()),
  status: ZNullableString,
  /** train, val, dev, test or minibatch. */
  split: ZNullableString,
  size: z.number().int().nullable(),
  score: ZNullableNumber,
  /** "percent" for DSPy's 0-100 scores; null for 0-1. */
  scoreScale: ZNullableString,
  costUsd: ZNullableNumber,
  traceIds: z.array(z.string()),
});
export type TOptimizationTrial = z.infer<typeof ZOptimizationTrial>;

export const ZOptimizationCandidate = z.strictObject({
  id: z.string(),
  /** Predictor → instruction text, as sent. */
  instructions: z.unknown(),
  /** Predictor → demos, as sent. */
  demos: z.unknown(),
  parentIds: z.array(z.string()),
});
export type TOptimizationCandidate = z.infer<typeof ZOptimizationCandidate>;

export const ZOptimizationRunDetail = ZOptimizationRunSummary.extend({
  trials: z.array(ZOptimizationTrial),
  trialCount: z.number().int(),
  candidates: z.array(ZOptimizationCandidate),
});
export type TOptimizationRunDetail = z.infer<typeof ZOptimizationRunDetail>;
