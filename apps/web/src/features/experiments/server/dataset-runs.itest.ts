import { ZDatasetRunList, ZEvaluateDatasetRunResult, ZRunComparison } from "@spanlight/core";
import {
  closeDb,
  compareDatasetRuns,
  createDataset,
  createDatasetRun,
  getPool,
  SpanWriter,
  upsertDatasetRunItem,
  writeDatasetItems,
} from "@spanlight/db";
import type { TDatasetItemWrite } from "@spanlight/db";
import { seedProjectWithKey } from "@spanlight/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestTraceRequest } from "../../ingestion/server/ingest-trace-request";
import { evaluateDatasetRun } from "./evaluate-dataset-run";
import { pipelineTrace } from "./experiment-traces.fixture";
import { listDatasetRuns } from "./list-dataset-runs";

const DATASET = "phenotypes";
// Gold sets: item a has 4 terms, item b 3, item c 2.
const ITEMS = [
  { id: "a", input: { note: "case a" }, expectedOutput: "seizure, ataxia, hypotonia, microcephaly" },
  { id: "b", input: { note: "case b" }, expectedOutput: ["short stature", "cleft palate", "scoliosis"] },
  { id: "c", input: { note: "case c" }, expectedOutput: "fever; cough" },
];

function item(fields: { id: string; input: unknown; expectedOutput: unknown }): TDatasetItemWrite {
  return {
    ...fields,
    metadata: null,
    sourceTraceId: null,
    sourceSpanId: null,
    status: "active",
    feedbackScoreIds: [],
    correctionScoreId: null,
  };
}

describe("[EXPERIMENTS] dataset runs over real traces", () => {
  let projectId: string;
  let writer: SpanWriter;

  async function ingest(trace: ReturnType<typeof pipelineTrace>) {
    await ingestTraceRequest({ projectId, request: trace.request, writer });
    return trace;
  }

  async function metricScoreCount(): Promise<number> {
    const result = await getPool().query<{ count: number }>(
      `SELECT count(*)::int AS count FROM score WHERE project_id = $1 AND source = 'EVAL' AND metadata ? 'runItemId'`,
      [projectId],
    );
    return result.rows[0]!.count;
  }

  beforeAll(async () => {
    projectId = (await seedProjectWithKey()).project.id;
    writer = new SpanWriter({ pool: getPool() });
    await createDataset({ projectId, dataset: { name: DATASET } });
    await writeDatasetItems({ projectId, datasetName: DATASET, reason: "add", items: ITEMS.map(item) });
  });
  afterAll(async () => {
    await writer.drain();
    await closeDb();
  });

  it("creates runs over the latest version, refusing a taken name and a version that does not exist", async () => {
    const run = await createDatasetRun({
      projectId,
      datasetName: DATASET,
      run: { name: "llama3-8b", metadata: { model: "Llama3-8B" }, description: "baseline" },
    });
    expect(run).toMatchObject({
      name: "llama3-8b",
      datasetName: DATASET,
      datasetVersion: 1,
      metadata: { model: "Llama3-8B" },
    });
    await expect(
      createDatasetRun({ projectId, datasetName: DATASET, run: { name: "llama3-8b" } }),
    ).rejects.toMatchObject({
      status: 409,
    });
    await expect(
      createDatasetRun({ projectId, datasetName: DATASET, run: { name: "x", version: 2 } }),
    ).rejects.toMatchObject({
      status: 400,
    });
    await expect(createDatasetRun({ projectId, datasetName: "nope", run: { name: "x" } })).rejects.toMatchObject({
      status: 404,
    });
  });

  it("links items to traces (404 for an unknown item, trace or span), evaluates and aggregates", async () => {
    await createDatasetRun({ projectId, datasetName: DATASET, run: { name: "moa-8", metadata: { model: "MoA-8" } } });
    // llama3-8b: a 2/3 right, b all right, c wrong. moa-8: a all right, b 2/3, c exact.
    const outputs = {
      "llama3-8b": ["seizure, ataxia, tremor", '["Short stature", "cleft palate", "scoliosis"]', "rash"],
      "moa-8": ["seizure, ataxia, hypotonia, microcephaly", "short stature, cleft palate", "Cough; fever"],
    };
    const traceIds: Record<string, string[]> = {};
    for (const [runName, runOutputs] of Object.entries(outputs)) {
      traceIds[runName] = [];
      for (const [index, output] of runOutputs.entries()) {
        const trace = await ingest(
          pipelineTrace({
            output,
            durationMs: 100 * (index + 1),
            costUsd: 0.01 * (index + 1),
            isError: index === 2 && runName === "moa-8",
          }),
        );
        traceIds[runName]!.push(trace.traceId);
        await upsertDatasetRunItem({
          projectId,
          datasetName: DATASET,
          runName,
          item: { datasetItemId: ITEMS[index]!.id, traceId: trace.traceId },
        });
      }
    }
    const ref = { projectId, datasetName: DATASET, runName: "moa-8" };
    const traceId = traceIds["moa-8"]![0]!;
    await expect(upsertDatasetRunItem({ ...ref, item: { datasetItemId: "zz", traceId } })).rejects.toMatchObject({
      status: 404,
      message: expect.stringContaining("datasetItemId"),
    });
    await expect(
      upsertDatasetRunItem({ ...ref, item: { datasetItemId: "a", traceId: "f".repeat(32) } }),
    ).rejects.toMatchObject({ status: 404, message: expect.stringContaining("traceId") });
    await expect(
      upsertDatasetRunItem({ ...ref, item: { datasetItemId: "a", traceId, spanId: "0".repeat(16) } }),
    ).rejects.toMatchObject({ status: 404, message: expect.stringContaining("spanId") });

    const evaluated = ZEvaluateDatasetRunResult.parse(
      await evaluateDatasetRun({
        projectId,
        datasetName: DATASET,
        runName: "llama3-8b",
        request: { metrics: ["exact_match", "set_prf"] },
      }),
    );
    expect(evaluated).toMatchObject({ evaluated: 3, skipped: 0 });
    // Micro: tp 2 + 3 + 0 = 5 of predicted 3 + 3 + 1 = 7, gold 4 + 3 + 2 = 9.
    expect(evaluated.metrics.precision).toBeCloseTo(5 / 7, 12);
    expect(evaluated.metrics.recall).toBeCloseTo(5 / 9, 12);
    expect(evaluated.metrics.exactMatch).toBeCloseTo(1 / 3, 12);
    expect(evaluated.metrics.macroPrecision).toBeCloseTo((2 / 3 + 1 + 0) / 3, 12);
    await evaluateDatasetRun({
      projectId,
      datasetName: DATASET,
      runName: "moa-8",
      request: { metrics: ["exact_match", "set_prf"] },
    });
    const stored = await metricScoreCount();
    expect(stored).toBe(2 * 3 * 4);

    // Evaluating again with case sensitivity replaces the values under the same ids.
    const again = await evaluateDatasetRun({
      projectId,
      datasetName: DATASET,
      runName: "llama3-8b",
      request: { metrics: ["exact_match", "set_prf"], options: { caseSensitive: true } },
    });
    expect(await metricScoreCount()).toBe(stored);
    // "Short stature" no longer matches "short stature": tp 4 of 7.
    expect(again.metrics.precision).toBeCloseTo(4 / 7, 12);

    const runs = ZDatasetRunList.parse({ data: await listDatasetRuns({ projectId, datasetName: DATASET }) }).data;
    expect(runs.map((run) => run.name)).toEqual(["llama3-8b", "moa-8"]);
    const moa = runs[1]!;
    expect(moa).toMatchObject({ items: 3, errors: 1, metadata: { model: "MoA-8" } });
    expect(moa.latency.mean).toBeCloseTo(200, 6);
    expect(moa.latency.p50).toBeCloseTo(200, 6);
    expect(moa.latency.p95).toBeCloseTo(290, 6);
    expect(moa.cost.total).toBeCloseTo(0.06, 9);
    expect(moa.cost.mean).toBeCloseTo(0.02, 9);
    expect(moa.metrics.exactMatch).toBeCloseTo(2 / 3, 12);
    expect(moa.metrics.f1).toBeCloseTo((2 * 8) / (8 + 9), 12);
    expect(moa.scores.set_f1).toBeCloseTo((1 + 0.8 + 1) / 3, 12);
    expect(runs[0]!.metrics.precision).toBeCloseTo(4 / 7, 12);

    const comparison = ZRunComparison.parse(
      await compareDatasetRuns({ projectId, datasetName: DATASET, runNames: ["llama3-8b", "moa-8"] }),
    );
    expect(comparison.items.map((entry) => entry.datasetItemId)).toEqual(["a", "b", "c"]);
    const itemC = comparison.items[2]!;
    expect(itemC).toMatchObject({ input: { note: "case c" }, expectedOutput: "fever; cough" });
    expect(itemC.runs["llama3-8b"]).toMatchObject({
      output: "rash",
      traceId: traceIds["llama3-8b"]![2],
      latencyMs: 300,
    });
    expect(itemC.runs["moa-8"]!.scores).toMatchObject({ exact_match: 1, set_f1: 1 });
    expect(itemC.runs["moa-8"]!.costUsd).toBeCloseTo(0.03, 9);
    await expect(
      compareDatasetRuns({ projectId, datasetName: DATASET, runNames: ["llama3-8b", "gone"] }),
    ).rejects.toMatchObject({ status: 404, message: expect.stringContaining('"gone"') });
  });

  it("an explicit output wins over the span's; a new link for the same item replaces the old one", async () => {
    await createDatasetRun({ projectId, datasetName: DATASET, run: { name: "explicit" } });
    const trace = await ingest(pipelineTrace({ output: "wrong", durationMs: 50, costUsd: 0 }));
    const ref = { projectId, datasetName: DATASET, runName: "explicit" };
    await upsertDatasetRunItem({ ...ref, item: { datasetItemId: "c", traceId: trace.traceId } });
    const linked = await upsertDatasetRunItem({
      ...ref,
      item: { datasetItemId: "c", traceId: trace.traceId, spanId: trace.rootSpanId, output: ["fever", "cough"] },
    });
    expect(linked).toMatchObject({ runName: "explicit", spanId: trace.rootSpanId, output: ["fever", "cough"] });
    const result = await evaluateDatasetRun({ ...ref, request: { metrics: ["exact_match"] } });
    expect(result).toMatchObject({ evaluated: 1, metrics: { exactMatch: 1, precision: null } });
  });

  it("a run scores against the expected output of its own dataset version, not a later edit", async () => {
    await createDatasetRun({ projectId, datasetName: DATASET, run: { name: "before-edit" } });
    const trace = await ingest(pipelineTrace({ output: "fever, cough", durationMs: 50, costUsd: 0 }));
    const ref = { projectId, datasetName: DATASET, runName: "before-edit" };
    await upsertDatasetRunItem({ ...ref, item: { datasetItemId: "c", traceId: trace.traceId } });
    // The item's expected output changes in a new version after the run started.
    await writeDatasetItems({
      projectId,
      datasetName: DATASET,
      reason: "edit",
      items: [item({ id: "c", input: { note: "case c" }, expectedOutput: "fever; cough; rash" })],
    });
    const result = await evaluateDatasetRun({ ...ref, request: { metrics: ["exact_match"] } });
    expect(result.metrics.exactMatch).toBe(1);
    await createDatasetRun({ projectId, datasetName: DATASET, run: { name: "after-edit" } });
    await upsertDatasetRunItem({ ...ref, runName: "after-edit", item: { datasetItemId: "c", traceId: trace.traceId } });
    const later = await evaluateDatasetRun({ ...ref, runName: "after-edit", request: { metrics: ["exact_match"] } });
    expect(later.metrics.exactMatch).toBe(0);
  });
});
