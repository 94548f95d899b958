import type {
  TOptimizationCandidate,
  TOptimizationRole,
  TOptimizationRunDetail,
  TOptimizationRunSummary,
  TOptimizationTrial,
} from "@spanlight/core";
import { idsAt, jsonAt, numberAt, textAt } from "./optimization-attributes.ts";
import type { TAttributeBag } from "./optimization-attributes.ts";

/** A stored span of the run with the cost of the trace it sits in (for trials without their own). */
export type TStoredOptimizationSpan = {
  traceId: string;
  spanId: string;
  parentSpanId: string | null;
  role: TOptimizationRole;
  startTime: string;
  endTime: string;
  attributes: TAttributeBag;
  traceCostUsd: number | null;
};

const COST = "optimization.cost.usd";
const TRIAL_NUMBER = "optimization.trial.number";

/**
 * A run from its spans in any order: each evaluation joins its trial by `optimization.trial.number`
 * or by being the trial span's child; a trial without an evaluation stands alone; an evaluation
 * outside any trial (the baseline) comes first.
 */
export function assembleOptimizationRun(
  runId: string,
  spans: readonly TStoredOptimizationSpan[],
): TOptimizationRunDetail {
  const trials = assembleTrials(spans);
  return {
    ...summarize(runId, spans, trials),
    trials,
    trialCount: countTrials(trials),
    candidates: candidatesOf(spans),
  };
}

export function summarizeOptimizationRun(
  runId: string,
  spans: readonly TStoredOptimizationSpan[],
): TOptimizationRunSummary {
  const trials = assembleTrials(spans);
  return { ...summarize(runId, spans, trials), trials: countTrials(trials) };
}

function summarize(
  runId: string,
  spans: readonly TStoredOptimizationSpan[],
  trials: TOptimizationTrial[],
): Omit<TOptimizationRunSummary, "trials"> {
  const run =
    [...spans]
      .filter((span) => span.role === "run")
      .sort(byEnd)
      .at(-1)?.attributes ?? {};
  const best = bestTrial(trials);
  const trialCosts = trials.map((trial) => trial.costUsd).filter((cost): cost is number => cost !== null);
  return {
    runId,
    optimizer: textAt(run, "optimization.optimizer.name"),
    metric: textAt(run, "optimization.metric.name"),
    startTime: spans.map((span) => span.startTime).sort()[0] ?? "",
    endTime:
      spans
        .map((span) => span.endTime)
        .sort()
        .at(-1) ?? "",
    baselineScore: numberAt(run, "optimization.baseline.score"),
    bestScore: numberAt(run, "optimization.best.score") ?? best?.score ?? null,
    bestCandidateId: textAt(run, "optimization.best.candidate.id") ?? best?.candidateId ?? null,
    costUsd: numberAt(run, COST) ?? (trialCosts.length > 0 ? trialCosts.reduce((sum, cost) => sum + cost, 0) : null),
  };
}

function assembleTrials(spans: readonly TStoredOptimizationSpan[]): TOptimizationTrial[] {
  const trialSpans = spans.filter((span) => span.role === "trial");
  const trialByNumber = new Map<number, TStoredOptimizationSpan>();
  const trialBySpan = new Map<string, TStoredOptimizationSpan>();
  for (const span of [...trialSpans].sort(byEnd)) {
    const number = numberAt(span.attributes, TRIAL_NUMBER);
    if (number !== null) trialByNumber.set(number, span);
    trialBySpan.set(`${span.traceId}/${span.spanId}`, span);
  }
  const evaluated = new Set<TStoredOptimizationSpan>();
  const entries: { start: string; trial: TOptimizationTrial }[] = [];
  for (const evaluation of spans.filter((span) => span.role === "evaluate")) {
    const ownNumber = numberAt(evaluation.attributes, TRIAL_NUMBER);
    const parent = trialBySpan.get(`${evaluation.traceId}/${evaluation.parentSpanId}`);
    const trial = (ownNumber === null ? undefined : trialByNumber.get(ownNumber)) ?? parent;
    if (trial) evaluated.add(trial);
    entries.push({ start: evaluation.startTime, trial: toTrial(trial, evaluation) });
  }
  for (const trial of trialSpans) {
    if (!evaluated.has(trial)) entries.push({ start: trial.startTime, trial: toTrial(trial, trial) });
  }
  return entries.sort(byTrialOrder).map((entry) => entry.trial);
}

function toTrial(trial: TStoredOptimizationSpan | undefined, evaluation: TStoredOptimizationSpan): TOptimizationTrial {
  const facts = { ...trial?.attributes, ...evaluation.attributes };
  const traceSpans = trial && trial !== evaluation ? [trial, evaluation] : [evaluation];
  const traceIds = [...new Set(traceSpans.map((span) => span.traceId))];
  const traceCosts = [...new Map(traceSpans.map((span) => [span.traceId, span.traceCostUsd])).values()];
  const knownCosts = traceCosts.filter((cost): cost is number => cost !== null);
  return {
    number: numberAt(facts, TRIAL_NUMBER),
    candidateId: textAt(facts, "optimization.candidate.id"),
    parentIds: idsAt(facts, "optimization.candidate.parent_ids"),
    status: textAt(facts, "optimization.trial.status"),
    split: textAt(evaluation.attributes, "optimization.eval.split"),
    size: numberAt(evaluation.attributes, "optimization.eval.size"),
    score: numberAt(evaluation.attributes, "optimization.eval.score"),
    scoreScale: textAt(evaluation.attributes, "optimization.eval.score_scale"),
    costUsd:
      numberAt(evaluation.attributes, COST) ??
      (knownCosts.length > 0 ? knownCosts.reduce((sum, cost) => sum + cost, 0) : null),
    traceIds,
  };
}

function candidatesOf(spans: readonly TStoredOptimizationSpan[]): TOptimizationCandidate[] {
  const byId = new Map<string, TOptimizationCandidate>();
  // In trial order (the order the optimiser proposed them), whatever order the spans arrived in.
  const trialOrder = (span: TStoredOptimizationSpan) => numberAt(span.attributes, TRIAL_NUMBER) ?? Infinity;
  const ordered = [...spans].sort((a, b) => trialOrder(a) - trialOrder(b) || a.startTime.localeCompare(b.startTime));
  for (const span of ordered) {
    const id = textAt(span.attributes, "optimization.candidate.id");
    if (id === null || byId.has(id)) continue;
    byId.set(id, {
      id,
      instructions: jsonAt(span.attributes, "optimization.candidate.instructions"),
      demos: jsonAt(span.attributes, "optimization.candidate.demos"),
      parentIds: idsAt(span.attributes, "optimization.candidate.parent_ids"),
    });
  }
  return [...byId.values()];
}

/** The best full evaluation's trial (minibatch scores are noisy samples), else the best of any. */
function bestTrial(trials: readonly TOptimizationTrial[]): TOptimizationTrial | undefined {
  const scored = trials.filter((trial) => trial.score !== null);
  const full = scored.filter((trial) => trial.split !== "minibatch");
  const pool = full.length > 0 ? full : scored;
  return pool.reduce<TOptimizationTrial | undefined>(
    (best, trial) => (!best || trial.score! > best.score! ? trial : best),
    undefined,
  );
}

function countTrials(trials: readonly TOptimizationTrial[]): number {
  return new Set(trials.map((trial) => trial.number).filter((number) => number !== null)).size;
}

function byEnd(a: TStoredOptimizationSpan, b: TStoredOptimizationSpan): number {
  return a.endTime.localeCompare(b.endTime);
}

/** Trial order: the baseline (no number) first, then by number, then by start. */
function byTrialOrder(
  a: { start: string; trial: TOptimizationTrial },
  b: { start: string; trial: TOptimizationTrial },
): number {
  const numberA = a.trial.number ?? -Infinity;
  const numberB = b.trial.number ?? -Infinity;
  return numberA - numberB || a.start.localeCompare(b.start);
}
