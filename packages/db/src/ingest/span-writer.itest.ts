import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, getPool } from "../client.ts";
import { seedProjectWithKey } from "../testing/seed.ts";
import { makeSpanRow, nanosAt } from "./span-row.fixture.ts";
import { insertSpans } from "./insert-spans.ts";
import { SpanWriter } from "./span-writer.ts";

const hex = (bytes: number) => randomBytes(bytes).toString("hex");

async function readTrace(projectId: string, traceId: string) {
  const result = await getPool().query(
    `SELECT name, root_span_id, span_count, error_count, input_tokens::int, output_tokens::int, total_tokens::int,
            cost_usd, user_id, session_id, tags, environment, duration_ms, input_preview, models, kinds
       FROM trace WHERE project_id = $1 AND trace_id = $2`,
    [projectId, traceId],
  );
  return result.rows[0];
}

describe("[INGEST] span writer", () => {
  let projectId: string;
  let writer: SpanWriter;

  beforeAll(async () => {
    projectId = (await seedProjectWithKey()).project.id;
    writer = new SpanWriter({ pool: getPool() });
  });
  afterAll(async () => {
    await writer.drain();
    await closeDb();
  });

  it("stores a retried batch once and counts it once", async () => {
    const traceId = hex(16);
    const rows = [
      makeSpanRow({ projectId, traceId, spanId: hex(8), name: "root" }),
      makeSpanRow({ projectId, traceId, spanId: hex(8), kind: "LLM", model: "gpt-4o", inputTokens: 10, outputTokens: 5, costUsd: 0.5 }),
    ];
    expect(await writer.write(rows)).toEqual({ insertedSpans: 2, duplicateSpans: 0 });
    expect(await writer.write(rows)).toEqual({ insertedSpans: 0, duplicateSpans: 2 });
    const trace = await readTrace(projectId, traceId);
    expect(trace).toMatchObject({ span_count: 2, input_tokens: 10, output_tokens: 5, total_tokens: 15, cost_usd: 0.5 });
    expect(trace.models).toEqual(["gpt-4o"]);
  });

  it("keeps the rollup right when spans arrive out of order over many batches", async () => {
    const traceId = hex(16);
    const rootId = hex(8);
    const child = makeSpanRow({
      projectId,
      traceId,
      spanId: hex(8),
      parentSpanId: rootId,
      kind: "LLM",
      startUnixNano: nanosAt(100),
      endUnixNano: nanosAt(900),
      inputTokens: 7,
      outputTokens: 3,
      statusCode: "ERROR",
      userId: "user-1",
      tags: ["beta"],
      inputPreview: "child input",
    });
    const root = makeSpanRow({
      projectId,
      traceId,
      spanId: rootId,
      name: "handle-request",
      startUnixNano: nanosAt(0),
      endUnixNano: nanosAt(1_000),
      sessionId: "session-1",
      tags: ["prod", "beta"],
      environment: "production",
      inputPreview: "root input",
    });
    await writer.write([child]);
    const beforeRoot = await readTrace(projectId, traceId);
    expect(beforeRoot).toMatchObject({ name: null, span_count: 1, input_preview: "child input" });

    await writer.write([root]);
    const trace = await readTrace(projectId, traceId);
    expect(trace).toMatchObject({
      name: "handle-request",
      root_span_id: rootId,
      span_count: 2,
      error_count: 1,
      input_tokens: 7,
      user_id: "user-1",
      session_id: "session-1",
      environment: "production",
      input_preview: "root input",
      duration_ms: 1_000,
    });
    expect(trace.tags).toEqual(["beta", "prod"]);
    expect(trace.kinds).toEqual(["LLM", "SPAN"]);
  });

  it("stores text with tabs, line breaks and backslashes exactly as sent", async () => {
    const traceId = hex(16);
    const awkward = 'tab\there\nnew line\r\nback\\slash \\N "quoted"';
    const attributesJson = JSON.stringify({ "app.text": awkward, "app.path": "C:\\temp\\x" });
    await writer.write([makeSpanRow({ projectId, traceId, spanId: hex(8), name: awkward, attributesJson })]);
    const stored = await getPool().query("SELECT name, attributes FROM span WHERE project_id = $1 AND trace_id = $2", [
      projectId,
      traceId,
    ]);
    expect(stored.rows[0].name).toBe(awkward);
    expect(stored.rows[0].attributes).toEqual(JSON.parse(attributesJson));
  });

  it("falls back to skipping a span another transaction committed while this one was copying", async () => {
    const traceId = hex(16);
    const rows = Array.from({ length: 5 }, () => makeSpanRow({ projectId, traceId, spanId: hex(8), kind: "LLM", inputTokens: 3 }));
    const rival = await getPool().connect();
    try {
      await rival.query("BEGIN");
      await insertSpans(rival, [rows[0]!]);
      // The writer's COPY waits on the rival's uncommitted key, then hits unique_violation.
      const pending = writer.write(rows);
      await new Promise((resolve) => setTimeout(resolve, 300));
      await rival.query("COMMIT");
      expect(await pending).toEqual({ insertedSpans: 4, duplicateSpans: 1 });
    } finally {
      rival.release();
    }
    const count = await getPool().query("SELECT count(*)::int AS n FROM span WHERE project_id = $1 AND trace_id = $2", [
      projectId,
      traceId,
    ]);
    expect(count.rows[0].n).toBe(5);
  });

  it("stores a span once when two writers race with the same batch", async () => {
    const traceId = hex(16);
    const rows = Array.from({ length: 50 }, () => makeSpanRow({ projectId, traceId, spanId: hex(8), kind: "LLM", inputTokens: 2 }));
    const other = new SpanWriter({ pool: getPool() });
    const results = await Promise.all([writer.write(rows), other.write(rows), writer.write(rows), other.write(rows)]);
    expect(results.reduce((sum, result) => sum + result.insertedSpans, 0)).toBeGreaterThanOrEqual(50);
    expect(await readTrace(projectId, traceId)).toMatchObject({ span_count: 50, input_tokens: 100 });
  });

  it("stores orphans whose parent never arrives", async () => {
    const traceId = hex(16);
    const orphan = makeSpanRow({ projectId, traceId, spanId: hex(8), parentSpanId: hex(8), name: "lonely" });
    await writer.write([orphan]);
    const stored = await getPool().query("SELECT name FROM span WHERE project_id = $1 AND trace_id = $2", [projectId, traceId]);
    expect(stored.rows).toEqual([{ name: "lonely" }]);
    expect(await readTrace(projectId, traceId)).toMatchObject({ span_count: 1, root_span_id: null });
  });

  it("lets an explicit trace name win over the root span's name, from any span", async () => {
    const traceId = hex(16);
    await writer.write([makeSpanRow({ projectId, traceId, spanId: hex(8), name: "root" })]);
    await writer.write([makeSpanRow({ projectId, traceId, spanId: hex(8), parentSpanId: hex(8), traceName: "checkout-flow" })]);
    expect((await readTrace(projectId, traceId)).name).toBe("checkout-flow");
  });

  it("commits concurrent writers' spans in shared transactions without losing or doubling any", async () => {
    const traceId = hex(16);
    const batches = Array.from({ length: 40 }, () =>
      Array.from({ length: 25 }, () => makeSpanRow({ projectId, traceId, spanId: hex(8), kind: "LLM", inputTokens: 1 })),
    );
    // The same batch twice, concurrently, as an exporter retrying after a timeout would.
    const results = await Promise.all([...batches, batches[0]!].map((rows) => writer.write(rows)));
    const inserted = results.reduce((sum, result) => sum + result.insertedSpans, 0);
    const trace = await readTrace(projectId, traceId);
    expect(trace.span_count).toBe(1_000);
    expect(trace.input_tokens).toBe(1_000);
    expect(inserted).toBeGreaterThanOrEqual(1_000);
  });

  it("refuses with 429 when the queue is full, and loses nothing it accepted", async () => {
    const tiny = new SpanWriter({ pool: getPool(), maxQueuedSpans: 10, concurrency: 1 });
    const traceId = hex(16);
    const batch = () => Array.from({ length: 8 }, () => makeSpanRow({ projectId, traceId, spanId: hex(8) }));
    const outcomes = await Promise.allSettled([tiny.write(batch()), tiny.write(batch()), tiny.write(batch())]);
    const refused = outcomes.filter((outcome) => outcome.status === "rejected");
    expect(refused.length).toBeGreaterThan(0);
    for (const outcome of refused) {
      expect((outcome as PromiseRejectedResult).reason).toMatchObject({ status: 429, retryAfterSeconds: 1 });
    }
    const accepted = outcomes.filter((outcome) => outcome.status === "fulfilled").length;
    await tiny.drain();
    expect((await readTrace(projectId, traceId)).span_count).toBe(accepted * 8);
  });

  it("fails only the request whose row is invalid when requests share a transaction", async () => {
    const traceId = hex(16);
    const good = [makeSpanRow({ projectId, traceId, spanId: hex(8) })];
    const bad = [makeSpanRow({ projectId, traceId, spanId: hex(8), attributesJson: "{not json" })];
    const blocker = [makeSpanRow({ projectId, traceId, spanId: hex(8) })];
    // With one transaction at a time, the blocker goes first and the two others are grouped behind it.
    const slow = new SpanWriter({ pool: getPool(), concurrency: 1 });
    const outcomes = await Promise.allSettled([slow.write(blocker), slow.write(good), slow.write(bad)]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(["fulfilled", "fulfilled", "rejected"]);
    expect((await readTrace(projectId, traceId)).span_count).toBe(2);
  });
});
