import { readFileSync } from "node:fs";
import path from "node:path";
import { ZOptimizationRunDetail, ZOptimizationRunList } from "@spanlight/core";
import { closeDb, getPool, getTraceScores, SpanWriter } from "@spanlight/db";
import { seedProjectWithKey } from "@spanlight/db/testing";
import { decodeJsonTraceRequest } from "@spanlight/ingest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestTraceRequest } from "../../ingestion/server/ingest-trace-request";
import { getOptimizationRun, listOptimizationRuns } from "./load-optimization-runs";

/*
 * The OTLP/JSON requests integrations/dspy/spanlight_dspy_callback.py sends for one MIPROv2 run
 * (written by integrations/dspy/make_fixtures.py, which runs the callback on stand-ins for dspy and the
 * OTel SDK: neither installs here). Ingested in reverse order: the run span arrives before its first trials.
 */

const FIXTURES = path.resolve(import.meta.dirname, "../../../../../../integrations/dspy/fixtures");
const RUN_ID = "6513270e269e0d37f2a74de452e6b438";
const BEST_CANDIDATE = "57b7f911c5ba97c8";

function fixture(name: string) {
  return decodeJsonTraceRequest(readFileSync(path.join(FIXTURES, name), "utf8"));
}

describe("[EXPERIMENTS] the DSPy callback's payloads become an optimisation run", () => {
  let projectId: string;
  let writer: SpanWriter;

  beforeAll(async () => {
    projectId = (await seedProjectWithKey()).project.id;
    writer = new SpanWriter({ pool: getPool() });
    for (const name of ["mipro-run-2.json", "mipro-run-1.json"]) {
      await ingestTraceRequest({ projectId, request: fixture(name), writer });
    }
  });
  afterAll(async () => {
    await writer.drain();
    await closeDb();
  });

  it("lists the run with optimizer, metric, baseline, best score and candidate, and the summed evaluation cost", async () => {
    const { data } = ZOptimizationRunList.parse({ data: await listOptimizationRuns({ projectId }) });
    expect(data).toHaveLength(1);
    expect(data[0]).toMatchObject({
      runId: RUN_ID,
      optimizer: "MIPROv2",
      metric: "f1",
      baselineScore: 40,
      bestScore: 70,
      bestCandidateId: BEST_CANDIDATE,
      trials: 3,
    });
    expect(data[0]!.costUsd).toBeCloseTo(0.012, 9);
  });

  it("reads the baseline first, then the trials in order with minibatch and full evaluations apart", async () => {
    const detail = ZOptimizationRunDetail.parse(await getOptimizationRun({ projectId, runId: RUN_ID }));
    expect(detail.trials.map((trial) => [trial.number, trial.candidateId, trial.split, trial.size, trial.score])).toEqual([
      [null, null, "val", 10, 40],
      [1, BEST_CANDIDATE, "minibatch", 5, 60],
      [2, "7e1405387e8f4bc1", "minibatch", 5, 40],
      [3, BEST_CANDIDATE, "val", 10, 70],
    ]);
    expect(detail.trials.every((trial) => trial.scoreScale === "percent")).toBe(true);
    expect(detail.trials[3]!.costUsd).toBeCloseTo(0.004, 9);
    const best = detail.candidates.find((candidate) => candidate.id === BEST_CANDIDATE);
    expect(best?.instructions).toEqual({ extract: "List every phenotype mentioned, one per line." });
    expect(best?.demos).toEqual({ extract: [{ question: "q0", answer: "a0" }] });
  });

  it("stores one evaluation score per example", async () => {
    const [traceId] = (await getOptimizationRun({ projectId, runId: RUN_ID })).trials[0]!.traceIds;
    const scores = await getTraceScores({ projectId, traceId: traceId! });
    // 10 + 5 + 5 + 10 examples, bool metric: 4 + 3 + 2 + 7 passed.
    expect(scores).toHaveLength(30);
    // A bool metric sends a pass/fail label next to 1/0, and the label makes the score categorical.
    expect(scores.filter((score) => score.name === "f1" && score.value === "pass")).toHaveLength(16);
    expect(new Set(scores.map((score) => score.authorId))).toEqual(new Set(["spanlight.dspy"]));
  });
});
