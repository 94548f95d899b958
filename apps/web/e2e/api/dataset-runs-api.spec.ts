import { expect, test } from "@playwright/test";
import {
  ZDatasetRunList,
  ZEvaluateDatasetRunResult,
  ZOptimizationRunDetail,
  ZOptimizationRunList,
  ZProblem,
  ZRunComparison,
} from "@spanlight/core";
import { seedExperiment } from "../support/experiment-runs";
import { seedOptimizationRun, TRIAL_SCORES } from "../support/optimization-run";
import { bearerAuth, createProjectWithKeys } from "./explorer-fixtures";

test.describe("[EXPERIMENTS]: dataset runs through the public API", () => {
  test("three runs: the runs table's figures, an idempotent re-evaluation, and a comparison", async ({ request }) => {
    test.setTimeout(120_000);
    const { keys } = await createProjectWithKeys("runs-api");
    const headers = bearerAuth(keys);
    const { datasetName, traceIds } = await seedExperiment(request, keys);
    const runsPath = `/api/public/datasets/${datasetName}/runs`;

    const listed = await request.get(runsPath, { headers });
    expect(listed.status(), await listed.text()).toBe(200);
    const runs = ZDatasetRunList.parse(await listed.json()).data;
    expect(runs.map((run) => [run.name, run.metadata?.model, run.items, run.errors])).toEqual([
      ["phenogpt", "Llama2-7B", 3, 0],
      ["phenoagent", "Llama3-8B", 3, 0],
      ["phenoagent-moa", "MoA-8", 3, 0],
    ]);
    const [gpt, agent, moa] = runs;
    expect(gpt!.metrics).toMatchObject({ exactMatch: 0, precision: 0.5 });
    expect(gpt!.metrics.recall).toBeCloseTo(2 / 7, 12);
    expect(agent!.metrics).toMatchObject({ precision: 1, exactMatch: 2 / 3 });
    expect(moa!.metrics.f1).toBeCloseTo(6 / 7, 12);
    expect(moa!.metrics.macroF1).toBeCloseTo((1 + 0.5 + 1) / 3, 12);
    expect(moa!.latency.p50).toBeCloseTo(1_100, 6);
    // More prompt tokens per call, more cost: the built-in price of gpt-4o-mini applies.
    expect(gpt!.cost.total).toBeGreaterThan(0);
    expect(moa!.cost.total).toBeGreaterThan(agent!.cost.total);
    expect(moa!.cost.mean).toBeCloseTo(moa!.cost.total / 3, 12);
    expect(Object.keys(moa!.scores).sort()).toEqual(["exact_match", "set_f1", "set_precision", "set_recall"]);

    const again = await request.post(`${runsPath}/phenoagent-moa/evaluate`, {
      headers,
      data: { metrics: ["set_prf", "exact_match"] },
    });
    expect(again.status(), await again.text()).toBe(200);
    expect(ZEvaluateDatasetRunResult.parse(await again.json())).toEqual({
      evaluated: 3,
      skipped: 0,
      metrics: moa!.metrics,
    });
    const relisted = ZDatasetRunList.parse(await (await request.get(runsPath, { headers })).json()).data;
    expect(relisted[2]!.scores).toEqual(moa!.scores);

    const compared = await request.get(`${runsPath}/compare`, { headers, params: { runs: "phenogpt,phenoagent-moa" } });
    expect(compared.status(), await compared.text()).toBe(200);
    const comparison = ZRunComparison.parse(await compared.json());
    expect(comparison.items.map((item) => item.datasetItemId)).toEqual(["case-1", "case-2", "case-3"]);
    expect(comparison.items[2]).toMatchObject({
      input: "High temperature and a dry cough.",
      expectedOutput: "fever; cough",
      runs: {
        phenogpt: { output: "rash", traceId: traceIds.phenogpt![2], scores: { exact_match: 0 } },
        "phenoagent-moa": { output: "fever; cough", scores: { exact_match: 1, set_f1: 1 } },
      },
    });
    expect(comparison.items[0]!.runs.phenogpt!.latencyMs).toBeCloseTo(400, 6);
  });

  test("bad input is a 400 naming the field; unknown items, traces and runs are 404; keys see their own project", async ({
    request,
  }) => {
    const { keys } = await createProjectWithKeys("runs-errors");
    const headers = bearerAuth(keys);
    const { datasetName, traceIds } = await seedExperiment(request, keys);
    const runsPath = `/api/public/datasets/${datasetName}/runs`;

    const expectProblem = async (
      response: Awaited<ReturnType<typeof request.get>>,
      status: number,
      text: string | RegExp,
    ) => {
      expect(response.status(), await response.text()).toBe(status);
      const problem = ZProblem.parse(await response.json());
      expect(JSON.stringify(problem.error)).toMatch(text);
    };

    await expectProblem(await request.post(runsPath, { headers, data: { name: "" } }), 400, /"path":"name"/);
    await expectProblem(await request.post(runsPath, { headers, data: { name: "a,b" } }), 400, /"path":"name"/);
    await expectProblem(await request.post(runsPath, { headers, data: { name: "phenogpt" } }), 409, /exists/);
    await expectProblem(await request.post(runsPath, { headers, data: { name: "v9", version: 99 } }), 400, /version/);
    const items = `${runsPath}/phenogpt/items`;
    await expectProblem(await request.post(items, { headers, data: { traceId: "x" } }), 400, /"path":"datasetItemId"/);
    await expectProblem(
      await request.post(items, { headers, data: { datasetItemId: "nope", traceId: traceIds.phenogpt![0] } }),
      404,
      /datasetItemId/,
    );
    await expectProblem(
      await request.post(items, { headers, data: { datasetItemId: "case-1", traceId: "0".repeat(32) } }),
      404,
      /traceId/,
    );
    await expectProblem(
      await request.post(`${runsPath}/phenogpt/evaluate`, { headers, data: { metrics: ["bleu"] } }),
      400,
      /"path":"metrics\.0"/,
    );
    await expectProblem(
      await request.post(`${runsPath}/missing/evaluate`, { headers, data: { metrics: ["exact_match"] } }),
      404,
      /missing/,
    );
    await expectProblem(
      await request.get(`${runsPath}/compare`, { headers, params: { runs: "phenogpt" } }),
      400,
      /"path":"runs"/,
    );
    await expectProblem(
      await request.get(`${runsPath}/compare`, { headers, params: { runs: "phenogpt,missing" } }),
      404,
      /missing/,
    );

    await expectProblem(await request.get(runsPath), 401, /unauthorized/);
    const other = await createProjectWithKeys("runs-other");
    await expectProblem(await request.get(runsPath, { headers: bearerAuth(other.keys) }), 404, /dataset/);
  });
});

test.describe("[EXPERIMENTS]: optimisation runs through the public API", () => {
  test("a run sent out of order across many traces reads whole: list, trials in order, 404 for an unknown run", async ({
    request,
  }) => {
    const { keys } = await createProjectWithKeys("opt-api");
    const headers = bearerAuth(keys);
    const { runId } = await seedOptimizationRun(request, keys);

    const listed = await request.get("/api/public/optimization-runs", { headers });
    expect(listed.status(), await listed.text()).toBe(200);
    expect(ZOptimizationRunList.parse(await listed.json()).data).toMatchObject([
      {
        runId,
        optimizer: "MIPROv2",
        metric: "set_f1",
        baselineScore: 40,
        bestScore: 66,
        bestCandidateId: "cand-4",
        trials: 4,
      },
    ]);
    const detail = await request.get(`/api/public/optimization-runs/${runId}`, { headers });
    expect(detail.status(), await detail.text()).toBe(200);
    const run = ZOptimizationRunDetail.parse(await detail.json());
    expect(run.trials.map((trial) => [trial.number, trial.split, trial.score])).toEqual([
      [null, "val", 40],
      ...TRIAL_SCORES.flatMap((score, index) => [
        [index + 1, "val", score],
        [index + 1, "minibatch", Math.min(100, score + 10)],
      ]),
    ]);
    expect(run.costUsd).toBeCloseTo(4 * 0.005, 9);
    expect(run.trials[1]).toMatchObject({
      candidateId: "cand-1",
      status: "evaluated",
      traceIds: [expect.any(String), expect.any(String)],
    });
    expect((await request.get("/api/public/optimization-runs/none", { headers })).status()).toBe(404);
    expect((await request.get("/api/public/optimization-runs")).status()).toBe(401);
  });
});
