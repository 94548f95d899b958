import { ZDataset, ZDatasetItemDetail, ZDatasetItemsQuery } from "@spanlight/core";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, getPool } from "../client.ts";
import { SpanWriter } from "../ingest/span-writer.ts";
import { insertScore } from "../scores/create-score.ts";
import type { TNewScore } from "../scores/create-score.ts";
import { seedProjectWithKey } from "../testing/seed.ts";
import { FIXED_HOUR_MS, hexId, isoAt, traceRows } from "../traces/trace-rows.fixture.ts";
import { archiveDatasetItem } from "./archive-dataset-item.ts";
import { createDataset, listDatasets } from "./create-dataset.ts";
import {
  getDatasetItem,
  listDatasetItems,
  listDatasetVersions,
  readDatasetVersionChanges,
} from "./read-dataset-items.ts";
import { readTraceSources } from "./read-trace-sources.ts";
import { openDatasetItemStream } from "./stream-dataset-items.ts";
import { writeDatasetItems } from "./write-dataset-items.ts";
import type { TDatasetItemWrite } from "./write-dataset-items.ts";

const WINDOW = { from: isoAt(FIXED_HOUR_MS), to: isoAt(FIXED_HOUR_MS + 3_600_000) };

function item(fields: Partial<TDatasetItemWrite>): TDatasetItemWrite {
  return {
    id: null,
    input: { question: "q" },
    expectedOutput: "a",
    metadata: null,
    sourceTraceId: null,
    sourceSpanId: null,
    status: "active",
    feedbackScoreIds: [],
    correctionScoreId: null,
    ...fields,
  };
}

describe("[DATASETS] dataset queries", () => {
  let projectId: string;
  const traces: Record<string, string> = {};

  async function score(traceLabel: string, fields: Partial<TNewScore> & { id: string; name: string }) {
    await insertScore({
      projectId,
      score: {
        traceId: traces[traceLabel]!,
        spanId: null,
        sessionId: null,
        dataType: "BOOLEAN",
        numericValue: 0,
        stringValue: "false",
        comment: null,
        correction: null,
        source: "FEEDBACK",
        authorUserId: null,
        authorId: null,
        configId: null,
        queueId: null,
        isAdjudicated: false,
        metadata: null,
        timestamp: null,
        ...fields,
      },
    });
  }

  beforeAll(async () => {
    projectId = (await seedProjectWithKey()).project.id;
    const writer = new SpanWriter({ pool: getPool() });
    for (const [index, label] of ["disliked", "corrected", "liked"].entries()) {
      traces[label] = hexId(16);
      await writer.write(
        traceRows(projectId, {
          traceId: traces[label],
          startMs: FIXED_HOUR_MS + index * 60_000,
          input: { question: `question of ${label}` },
          output: `answer of ${label}`,
        }),
      );
    }
    await score("disliked", { id: "fb-disliked", name: "thumbs" });
    await score("corrected", { id: "fb-corrected", name: "thumbs", correction: "feedback's fix" });
    await score("corrected", {
      id: "ann-latest",
      name: "quality",
      source: "ANNOTATION",
      dataType: "NUMERIC",
      numericValue: 1,
      stringValue: null,
      correction: "latest annotation fix",
      authorUserId: "reviewer-1",
    });
    await score("corrected", {
      id: "ann-adjudicated",
      name: "quality",
      source: "ANNOTATION",
      dataType: "NUMERIC",
      numericValue: 2,
      stringValue: null,
      correction: "adjudicated fix",
      isAdjudicated: true,
      authorUserId: "owner-1",
      timestamp: new Date(FIXED_HOUR_MS).toISOString(),
    });
    await score("liked", { id: "fb-liked", name: "thumbs", numericValue: 1, stringValue: "true" });
  });
  afterAll(async () => {
    await closeDb();
  });

  it("creates a dataset once per name", async () => {
    const dataset = await createDataset({ projectId, dataset: { name: "unique", description: "d" } });
    expect(ZDataset.parse(dataset)).toMatchObject({ name: "unique", latestVersion: 0, itemCount: 0 });
    await expect(createDataset({ projectId, dataset: { name: "unique" } })).rejects.toMatchObject({ status: 409 });
    expect((await listDatasets({ projectId })).map((row) => row.name)).toContain("unique");
  });

  it("adds from a score filter with lineage, the adjudicated correction first, and skips a source added before", async () => {
    await createDataset({ projectId, dataset: { name: "from-feedback" } });
    const filter = { ...WINDOW, score: "thumbs=0" };
    const { sources } = await readTraceSources({ projectId, target: { filter } });
    expect(sources.map((source) => source.traceId).sort()).toEqual([traces.disliked, traces.corrected].sort());
    const corrected = sources.find((source) => source.traceId === traces.corrected)!;
    expect(corrected.correction).toEqual({ scoreId: "ann-adjudicated", value: "adjudicated fix" });
    expect(corrected.feedbackScoreIds).toEqual(["fb-corrected"]);
    const toItems = () =>
      sources.map((source) =>
        item({
          input: source.input,
          expectedOutput: source.correction?.value ?? source.output,
          sourceTraceId: source.traceId,
          sourceSpanId: source.spanId,
          feedbackScoreIds: source.feedbackScoreIds,
          correctionScoreId: source.correction?.scoreId ?? null,
        }),
      );
    const first = await writeDatasetItems({
      projectId,
      datasetName: "from-feedback",
      reason: "from-traces",
      items: toItems(),
      skipKnownSources: true,
    });
    expect(first).toMatchObject({ version: 1, added: 2, skipped: 0 });
    const again = await writeDatasetItems({
      projectId,
      datasetName: "from-feedback",
      reason: "from-traces",
      items: toItems(),
      skipKnownSources: true,
    });
    expect(again).toMatchObject({ version: 1, added: 0, skipped: 2 });
    const page = await listDatasetItems({ projectId, name: "from-feedback", query: ZDatasetItemsQuery.parse({}) });
    const stored = page.data.find((row) => row.sourceTraceId === traces.corrected)!;
    const detail = ZDatasetItemDetail.parse(
      await getDatasetItem({ projectId, name: "from-feedback", itemId: stored.id }),
    );
    expect(detail.expectedOutput).toBe("adjudicated fix");
    expect(detail.input).toEqual({ question: "question of corrected" });
    expect(detail.lineage.traceId).toBe(traces.corrected);
    expect(detail.lineage.feedback.map((row) => row.id)).toEqual(["fb-corrected"]);
    expect(detail.lineage.correction).toMatchObject({ id: "ann-adjudicated", authorUserId: "owner-1" });
  });

  it("reads one span picked by id as a source, with the same feedback and correction", async () => {
    const traceIds = [traces.corrected!];
    const [root] = (await readTraceSources({ projectId, target: { traceIds } })).sources;
    const { sources } = await readTraceSources({
      projectId,
      target: { traceIds },
      spanId: root!.spanId,
    });
    expect(sources).toEqual([root]);
    expect(sources[0]!.correction?.scoreId).toBe("ann-adjudicated");
    const missing = await readTraceSources({ projectId, target: { traceIds }, spanId: "no-such-span" });
    expect(missing).toEqual({ sources: [], requested: 1 });
  });

  it("reads every version as it was, and diffs two versions by range", async () => {
    await createDataset({ projectId, dataset: { name: "versions" } });
    const write = (items: TDatasetItemWrite[], reason = "add") =>
      writeDatasetItems({ projectId, datasetName: "versions", reason, items });
    expect(await write([item({ id: "a", input: "a1" }), item({ id: "b", input: "b1" })])).toMatchObject({
      version: 1,
      added: 2,
    });
    expect(await write([item({ id: "a", input: "a2" }), item({ id: "c", input: "c1" })], "edit")).toMatchObject({
      version: 2,
      added: 1,
      changed: 1,
    });
    expect(await archiveDatasetItem({ projectId, name: "versions", itemId: "b" })).toMatchObject({
      version: 3,
      archived: 1,
    });
    const asOf = async (version: number) =>
      (
        await listDatasetItems({
          projectId,
          name: "versions",
          query: ZDatasetItemsQuery.parse({ version: String(version) }),
        })
      ).data.map((row) => `${row.id}=${String(row.input)}`);
    expect(await asOf(1)).toEqual(["a=a1", "b=b1"]);
    expect(await asOf(2)).toEqual(["a=a2", "b=b1", "c=c1"]);
    expect(await asOf(3)).toEqual(["a=a2", "c=c1"]);
    const archived = await listDatasetItems({
      projectId,
      name: "versions",
      query: ZDatasetItemsQuery.parse({ status: "archived" }),
    });
    expect(archived.data.map((row) => row.id)).toEqual(["b"]);
    expect((await getDatasetItem({ projectId, name: "versions", itemId: "a", version: 1 })).input).toBe("a1");
    const versions = await listDatasetVersions({ projectId, name: "versions" });
    expect(
      versions.map(({ version, added, changed, archived: gone, reason }) => ({
        version,
        added,
        changed,
        gone,
        reason,
      })),
    ).toEqual([
      { version: 1, added: 2, changed: 0, gone: 0, reason: "add" },
      { version: 2, added: 1, changed: 1, gone: 0, reason: "edit" },
      { version: 3, added: 0, changed: 0, gone: 1, reason: "archive" },
    ]);
    const changes = await readDatasetVersionChanges({ projectId, name: "versions", from: 1, to: 3 });
    expect(changes.before.map((row) => `${row.id}=${String(row.input)}`)).toEqual(["a=a1", "b=b1"]);
    expect(changes.after.map((row) => `${row.id}=${String(row.input)}`)).toEqual(["a=a2", "c=c1"]);
  });

  it("writes all or nothing: a failure mid-stream leaves no item and no version", async () => {
    await createDataset({ projectId, dataset: { name: "atomic" } });
    async function* failing(): AsyncGenerator<TDatasetItemWrite> {
      for (let index = 0; index < 1_200; index += 1) yield item({ id: `i-${index}` });
      throw new Error("Line 1201: not valid JSON");
    }
    await expect(
      writeDatasetItems({ projectId, datasetName: "atomic", reason: "import", items: failing() }),
    ).rejects.toThrow("Line 1201");
    const page = await listDatasetItems({ projectId, name: "atomic", query: ZDatasetItemsQuery.parse({}) });
    expect(page.data).toEqual([]);
    expect(await listDatasetVersions({ projectId, name: "atomic" })).toEqual([]);
  });

  it("keeps a 10 MB item whole", async () => {
    await createDataset({ projectId, dataset: { name: "large" } });
    const big = "x".repeat(10 * 1024 * 1024 + 7);
    await writeDatasetItems({
      projectId,
      datasetName: "large",
      reason: "add",
      items: [item({ id: "big", input: { text: big } })],
    });
    const stored = await getDatasetItem({ projectId, name: "large", itemId: "big" });
    expect((stored.input as { text: string }).text.length).toBe(big.length);
  });

  it("streams 100,000 items through a cursor with bounded heap growth", async () => {
    await createDataset({ projectId, dataset: { name: "bulk" } });
    const padding = "p".repeat(1_900);
    async function* many(): AsyncGenerator<TDatasetItemWrite> {
      for (let index = 0; index < 100_000; index += 1)
        yield item({ id: `item-${String(index).padStart(6, "0")}`, input: { question: `q${index}`, padding } });
    }
    const written = await writeDatasetItems({ projectId, datasetName: "bulk", reason: "import", items: many() });
    expect(written.added).toBe(100_000);
    // Retained heap, not garbage waiting for a collection: collect before each sample.
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    gc();
    const before = process.memoryUsage().heapUsed;
    let peak = before;
    let count = 0;
    let bytes = 0;
    const { items } = await openDatasetItemStream({ projectId, name: "bulk", status: "active" });
    for await (const row of items) {
      count += 1;
      bytes += JSON.stringify(row).length;
      if (count % 10_000 === 0) {
        gc();
        peak = Math.max(peak, process.memoryUsage().heapUsed);
      }
    }
    expect(count).toBe(100_000);
    // The data is ~200 MB; holding it would grow the heap by far more than this bound.
    expect(bytes).toBeGreaterThan(190_000_000);
    console.info(
      `[DATASETS] retained heap growth while streaming 100,000 items: ${((peak - before) / 1048576).toFixed(1)} MB`,
    );
    expect(peak - before).toBeLessThan(64 * 1024 * 1024);
  }, 600_000);
});
