import { describe, expect, it } from "vitest";
import { assembleOptimizationRun, summarizeOptimizationRun } from "./assemble-optimization-run.ts";
import type { TStoredOptimizationSpan } from "./assemble-optimization-run.ts";

let clock = 0;
function span(
  fields: Partial<TStoredOptimizationSpan> & Pick<TStoredOptimizationSpan, "role" | "attributes">,
): TStoredOptimizationSpan {
  clock += 1;
  const at = `2026-01-01T00:00:${String(clock).padStart(2, "0")}.000000Z`;
  return {
    traceId: `t${clock}`,
    spanId: `s${clock}`,
    parentSpanId: null,
    startTime: at,
    endTime: at,
    traceCostUsd: null,
    ...fields,
  };
}

// A GEPA-like run as a DSPy callback emits it: the run span ends last, trials sit in their own
// traces (worker threads), one evaluation is the trial's child and one names its trial by number.
const baseline = span({
  role: "evaluate",
  attributes: {
    "optimization.eval.split": "val",
    "optimization.eval.score": 40,
    "optimization.eval.score_scale": "percent",
    "optimization.eval.size": 20,
  },
});
const trial1 = span({
  role: "trial",
  traceId: "trial-1",
  spanId: "a",
  traceCostUsd: 0.02,
  attributes: {
    "optimization.trial.number": 1,
    "optimization.candidate.id": "c1",
    "optimization.candidate.instructions": '{"extract": "List the phenotypes."}',
    "optimization.trial.status": "accepted",
  },
});
const trial1Minibatch = span({
  role: "evaluate",
  traceId: "trial-1",
  parentSpanId: "a",
  traceCostUsd: 0.02,
  attributes: { "optimization.eval.split": "minibatch", "optimization.eval.score": 75, "optimization.eval.size": 4 },
});
const trial1Full = span({
  role: "evaluate",
  traceId: "worker-9",
  traceCostUsd: 0.05,
  attributes: {
    "optimization.trial.number": "1",
    "optimization.eval.split": "val",
    "optimization.eval.score": "62.5",
    "optimization.eval.score_scale": "percent",
  },
});
const trial2 = span({
  role: "trial",
  attributes: {
    "optimization.trial.number": 2,
    "optimization.candidate.id": "c2",
    "optimization.candidate.parent_ids": '["c1"]',
    "optimization.trial.status": "rejected",
    "optimization.cost.usd": 0.01,
  },
});
const run = span({
  role: "run",
  attributes: {
    "optimization.optimizer.name": "GEPA",
    "optimization.metric.name": "f1",
    "optimization.baseline.score": 40,
    "optimization.best.score": 62.5,
    "optimization.best.candidate.id": "c1",
  },
});

describe("assembleOptimizationRun", () => {
  it("joins evaluations to trials by parent or number, whatever order the spans arrive in", () => {
    const detail = assembleOptimizationRun("run-1", [trial2, run, trial1Full, trial1Minibatch, baseline, trial1]);
    expect(detail.trials.map((trial) => [trial.number, trial.split, trial.score, trial.candidateId])).toEqual([
      [null, "val", 40, null],
      [1, "minibatch", 75, "c1"],
      [1, "val", 62.5, "c1"],
      [2, null, null, "c2"],
    ]);
    expect(detail.trials[2]).toMatchObject({
      status: "accepted",
      scoreScale: "percent",
      traceIds: ["trial-1", "worker-9"],
      costUsd: 0.07,
    });
    expect(detail.trials[3]).toMatchObject({ parentIds: ["c1"], costUsd: 0.01 });
    expect(detail).toMatchObject({
      optimizer: "GEPA",
      metric: "f1",
      baselineScore: 40,
      bestScore: 62.5,
      bestCandidateId: "c1",
      trialCount: 2,
    });
    expect(detail.candidates).toEqual([
      { id: "c1", instructions: { extract: "List the phenotypes." }, demos: null, parentIds: [] },
      { id: "c2", instructions: null, demos: null, parentIds: ["c1"] },
    ]);
    expect(detail.startTime < detail.endTime).toBe(true);
  });

  it("without the run span yet: the best full evaluation names the best score, minibatches aside", () => {
    const summary = summarizeOptimizationRun("run-1", [trial1, trial1Minibatch, trial1Full]);
    expect(summary).toMatchObject({ optimizer: null, bestScore: 62.5, bestCandidateId: "c1", trials: 1 });
    expect(summary.costUsd).toBeCloseTo(0.02 + 0.07, 12);
  });
});
