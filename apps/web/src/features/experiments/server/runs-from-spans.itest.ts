import { closeDb, compareDatasetRuns, createDataset, getPool, SpanWriter, writeDatasetItems } from "@spanlight/db";
import { seedProjectWithKey } from "@spanlight/db/testing";
import type { TAttributes } from "@spanlight/ingest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestTraceRequest } from "../../ingestion/server/ingest-trace-request";
import { evaluateDatasetRun } from "./evaluate-dataset-run";
import { hexId, modelCall, otlpRequest, otlpSpan } from "./experiment-traces.fixture";
import { listDatasetRuns } from "./list-dataset-runs";

const DATASET = "qa";

describe("[EXPERIMENTS] runs announced by span attributes at ingest", () => {
  let projectId: string;
  let datasetId: string;
  let writer: SpanWriter;

  /** A root span tagged with `attributes`, sent alone: its model call comes later, if at all. */
  async function sendRoot(attributes: TAttributes, output: string) {
    const traceId = hexId(16);
    const spanId = hexId(8);
    const root = otlpSpan({
      traceId,
      spanId,
      name: "answer",
      durationMs: 120,
      attributes: { ...attributes, "output.value": output },
    });
    await ingestTraceRequest({ projectId, request: otlpRequest([root]), writer });
    return { traceId, spanId, root };
  }

  async function runItemCount(): Promise<number> {
    const result = await getPool().query<{ count: number }>(
      "SELECT count(*)::int AS count FROM dataset_run_item WHERE project_id = $1",
      [projectId],
    );
    return result.rows[0]!.count;
  }

  beforeAll(async () => {
    projectId = (await seedProjectWithKey()).project.id;
    writer = new SpanWriter({ pool: getPool() });
    datasetId = (await createDataset({ projectId, dataset: { name: DATASET } })).id;
    await writeDatasetItems({
      projectId,
      datasetName: DATASET,
      reason: "add",
      items: ["q1", "q2"].map((id) => ({
        id,
        input: { question: id },
        expectedOutput: `answer ${id}`,
        metadata: null,
        sourceTraceId: null,
        sourceSpanId: null,
        status: "active" as const,
        feedbackScoreIds: [],
        correctionScoreId: null,
      })),
    });
  });
  afterAll(async () => {
    await writer.drain();
    await closeDb();
  });

  it("spanlight.dataset.*: makes the run with its metadata, links the root span, and reads a late model call", async () => {
    const tags = (itemId: string) => ({
      "spanlight.dataset.name": DATASET,
      "spanlight.dataset.item_id": itemId,
      "spanlight.dataset.run": "v2-prompt",
      "spanlight.dataset.run.metadata": JSON.stringify({ model: "gpt-4o-mini", promptVersion: "2" }),
    });
    const first = await sendRoot(tags("q1"), "answer q1");
    await sendRoot(tags("q2"), "something else");
    // A retried batch links nothing twice.
    await ingestTraceRequest({ projectId, request: otlpRequest([first.root]), writer });
    expect(await runItemCount()).toBe(2);

    let [run] = await listDatasetRuns({ projectId, datasetName: DATASET });
    expect(run).toMatchObject({ name: "v2-prompt", datasetVersion: 1, items: 2, metadata: { model: "gpt-4o-mini" } });
    expect(run!.cost.total).toBe(0);

    // The model call arrives after its run item: the run's cost follows.
    const call = modelCall({ traceId: first.traceId, parentSpanId: first.spanId, costUsd: 0.004 });
    await ingestTraceRequest({ projectId, request: otlpRequest([call]), writer });
    [run] = await listDatasetRuns({ projectId, datasetName: DATASET });
    expect(run!.cost.total).toBeCloseTo(0.004, 9);

    const result = await evaluateDatasetRun({
      projectId,
      datasetName: DATASET,
      runName: "v2-prompt",
      request: { metrics: ["exact_match"], options: { separators: ["|"] } },
    });
    expect(result).toMatchObject({ evaluated: 2, skipped: 0, metrics: { exactMatch: 0.5 } });
    const comparison = await compareDatasetRuns({ projectId, datasetName: DATASET, runNames: ["v2-prompt"] });
    expect(comparison.items[0]!.runs["v2-prompt"]).toMatchObject({ output: "answer q1", traceId: first.traceId });
  });

  it("langfuse.experiment.*: finds the dataset by id and names the run after the experiment", async () => {
    const { traceId } = await sendRoot(
      {
        "langfuse.experiment.id": "exp-1",
        "langfuse.experiment.name": "langfuse-run",
        "langfuse.experiment.dataset.id": datasetId,
        "langfuse.experiment.item.id": "q2",
        "langfuse.experiment.item.expected_output": '"answer q2"',
      },
      "answer q2",
    );
    const runs = await listDatasetRuns({ projectId, datasetName: DATASET, runNames: ["langfuse-run"] });
    expect(runs).toMatchObject([{ name: "langfuse-run", items: 1, metadata: null }]);
    const comparison = await compareDatasetRuns({
      projectId,
      datasetName: DATASET,
      runNames: ["langfuse-run", "v2-prompt"],
    });
    expect(comparison.items.find((item) => item.datasetItemId === "q2")!.runs["langfuse-run"]).toMatchObject({
      traceId,
      output: "answer q2",
    });
  });

  it("drops links to an unknown dataset or item without failing the batch", async () => {
    const before = await runItemCount();
    const answer = await ingestTraceRequest({
      projectId,
      request: otlpRequest([
        otlpSpan({
          traceId: hexId(16),
          name: "typo",
          attributes: {
            "spanlight.dataset.name": "qa-typo",
            "spanlight.dataset.item_id": "q1",
            "spanlight.dataset.run": "r",
          },
        }),
        otlpSpan({
          traceId: hexId(16),
          name: "unknown item",
          attributes: {
            "spanlight.dataset.name": DATASET,
            "spanlight.dataset.item_id": "q9",
            "spanlight.dataset.run": "r",
          },
        }),
      ]),
      writer,
    });
    expect(answer).toEqual({ rejectedSpans: 0 });
    expect(await runItemCount()).toBe(before);
    const runs = await listDatasetRuns({ projectId, datasetName: DATASET });
    expect(runs.map((run) => run.name)).toEqual(["v2-prompt", "langfuse-run"]);
  });
});
