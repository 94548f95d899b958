import { ZOptimizationRunDetail, ZOptimizationRunList } from "@spanlight/core";
import { closeDb, getPool, SpanWriter } from "@spanlight/db";
import { seedProjectWithKey } from "@spanlight/db/testing";
import type { TAttributes } from "@spanlight/ingest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hexId, modelCall, otlpRequest, otlpSpan } from "../../experiments/server/experiment-traces.fixture";
import { ingestTraceRequest } from "../../ingestion/server/ingest-trace-request";
import { getOptimizationRun, listOptimizationRuns } from "./load-optimization-runs";

const RUN_ID = "mipro-run-1";

describe("[EXPERIMENTS] optimisation runs assembled from spans in many traces", () => {
  let projectId: string;
  let writer: SpanWriter;

  /** One span in a trace of its own, the way DSPy's worker threads lose the OTel context. */
  async function send(
    name: string,
    attributes: TAttributes,
    options: { costUsd?: number; parent?: { traceId: string; spanId: string } } = {},
  ) {
    const traceId = options.parent?.traceId ?? hexId(16);
    const spanId = hexId(8);
    const span = otlpSpan({
      traceId,
      spanId,
      parentSpanId: options.parent?.spanId,
      name,
      attributes: { "optimization.run.id": RUN_ID, ...attributes },
    });
    const spans =
      options.costUsd === undefined
        ? [span]
        : [span, modelCall({ traceId, parentSpanId: spanId, costUsd: options.costUsd })];
    await ingestTraceRequest({ projectId, request: otlpRequest(spans), writer });
    return { traceId, spanId };
  }

  beforeAll(async () => {
    projectId = (await seedProjectWithKey()).project.id;
    writer = new SpanWriter({ pool: getPool() });
  });
  afterAll(async () => {
    await writer.drain();
    await closeDb();
  });

  it("joins trials and evaluations that arrive before their run span, and reads trial cost from the traces", async () => {
    // Trial 2's evaluation first, then trial 2, then trial 1 with a child evaluation, the run span last.
    await send(
      "evaluate f1",
      {
        "optimization.trial.number": 2,
        "optimization.eval.split": "val",
        "optimization.eval.size": 20,
        "optimization.eval.score": 55,
        "optimization.eval.score_scale": "percent",
      },
      { costUsd: 0.03 },
    );
    await send("trial 2", {
      "optimization.trial.number": 2,
      "optimization.candidate.id": "c2",
      "optimization.candidate.parent_ids": '["c1"]',
      "optimization.trial.status": "rejected",
    });
    const trial1 = await send("trial 1", {
      "optimization.trial.number": 1,
      "optimization.candidate.id": "c1",
      "optimization.candidate.instructions": '{"extract": "List every phenotype."}',
      "optimization.trial.status": "accepted",
    });
    await send(
      "evaluate f1",
      { "optimization.eval.split": "val", "optimization.eval.score": 62.5, "optimization.eval.score_scale": "percent" },
      { parent: trial1, costUsd: 0.02 },
    );

    let [summary] = ZOptimizationRunList.parse({ data: await listOptimizationRuns({ projectId }) }).data;
    expect(summary).toMatchObject({
      runId: RUN_ID,
      optimizer: null,
      trials: 2,
      bestScore: 62.5,
      bestCandidateId: "c1",
    });
    expect(summary!.costUsd).toBeCloseTo(0.05, 9);

    await send("optimize MIPROv2", {
      "optimization.optimizer.name": "MIPROv2",
      "optimization.metric.name": "f1",
      "optimization.baseline.score": 40,
      "optimization.best.score": 62.5,
      "optimization.best.candidate.id": "c1",
    });
    [summary] = await listOptimizationRuns({ projectId });
    expect(summary).toMatchObject({ optimizer: "MIPROv2", metric: "f1", baselineScore: 40 });

    const detail = ZOptimizationRunDetail.parse(await getOptimizationRun({ projectId, runId: RUN_ID }));
    expect(detail.trials.map((trial) => [trial.number, trial.candidateId, trial.score, trial.status])).toEqual([
      [1, "c1", 62.5, "accepted"],
      [2, "c2", 55, "rejected"],
    ]);
    expect(detail.trials[0]!.traceIds).toEqual([trial1.traceId]);
    expect(detail.trials[0]!.costUsd).toBeCloseTo(0.02, 9);
    expect(detail.trials[1]).toMatchObject({ parentIds: ["c1"], split: "val", size: 20, scoreScale: "percent" });
    expect(detail.candidates.find((candidate) => candidate.id === "c1")!.instructions).toEqual({
      extract: "List every phenotype.",
    });
    await expect(getOptimizationRun({ projectId, runId: "nope" })).rejects.toMatchObject({ status: 404 });
  });
});
