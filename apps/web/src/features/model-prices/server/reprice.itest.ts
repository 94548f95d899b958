import { setTimeout as sleep } from "node:timers/promises";
import { countsUsage, ZSpanKind } from "@spanlight/core";
import { getServerConfig } from "@spanlight/core/server";
import {
  cancelRepriceJob,
  closeDb,
  createModelPrice,
  createRepriceJob,
  getPool,
  getRepriceJob,
  SpanWriter,
  startJobRunner,
  updateModelPrice,
} from "@spanlight/db";
import type { TJobRunner, TModelPriceInput, TRepriceJob } from "@spanlight/db";
import { seedProjectWithKey } from "@spanlight/db/testing";
import type { TOtlpSpan } from "@spanlight/ingest";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { hexId, otlpRequest, otlpSpan } from "../../experiments/server/experiment-traces.fixture";
import { ingestTraceRequest } from "../../ingestion/server/ingest-trace-request";
import { createSpanPricer } from "../../ingestion/server/price-table";

const MODEL = "acme-llm-1";
const JAN = Date.UTC(2026, 0, 1);
const FEB = Date.UTC(2026, 1, 1);
const MAR = Date.UTC(2026, 2, 1);
const APR = Date.UTC(2026, 3, 1);
const DAY = 86_400_000;

function price(inputPerMTok: number, effectiveFrom: number): TModelPriceInput {
  return {
    modelName: MODEL,
    matchPattern: "acme-llm-.*",
    inputPerMTok,
    outputPerMTok: 0,
    cacheReadPerMTok: null,
    cacheWritePerMTok: null,
    reasoningPerMTok: null,
    effectiveFrom: new Date(effectiveFrom),
  };
}

/** A model call of one million input tokens, so its cost is the price's input rate in USD. */
function modelCall(traceId: string, parentSpanId: string, startMs: number): TOtlpSpan {
  const span = otlpSpan({
    traceId,
    parentSpanId,
    name: "chat",
    attributes: {
      "langfuse.observation.type": "generation",
      "gen_ai.request.model": MODEL,
      "gen_ai.usage.input_tokens": 1_000_000,
      "gen_ai.usage.output_tokens": 10,
    },
  });
  return withStart(span, startMs);
}

function withStart(span: TOtlpSpan, startMs: number): TOtlpSpan {
  const start = BigInt(startMs) * 1_000_000n;
  return { ...span, startTimeUnixNano: start, endTimeUnixNano: start + 10_000_000n };
}

type TSpanCostRow = {
  traceId: string;
  spanId: string;
  costUsd: number | null;
  priceId: string | null;
  startTime: Date;
};

describe("[COST] model price periods and repricing", () => {
  let writer: SpanWriter;
  const runners: TJobRunner[] = [];

  async function startRunner(options: { batchSize: number; pauseMs?: number }): Promise<TJobRunner> {
    const runner = await startJobRunner({
      connectionString: getServerConfig().databaseUrl ?? "",
      onError: () => undefined,
      createPricer: createSpanPricer,
      repriceBatchSize: options.batchSize,
      repricePauseMs: options.pauseMs,
    });
    runners.push(runner);
    return runner;
  }

  /** `traces` traces, each a root span and two model calls, starting a day apart from `startMs`. */
  async function ingestTraces(projectId: string, options: { traces: number; startMs: number }): Promise<void> {
    const spans = Array.from({ length: options.traces }, (_, index) => {
      const traceId = hexId(16);
      const startMs = options.startMs + index * DAY;
      const root = withStart(otlpSpan({ traceId, name: "pipeline", attributes: {} }), startMs);
      return [root, modelCall(traceId, root.spanId, startMs + 1), modelCall(traceId, root.spanId, startMs + 2)];
    }).flat();
    await ingestTraceRequest({ projectId, request: otlpRequest(spans), writer });
  }

  async function spanCosts(projectId: string): Promise<TSpanCostRow[]> {
    const result = await getPool().query<TSpanCostRow>(
      `SELECT trace_id AS "traceId", span_id AS "spanId", cost_usd AS "costUsd", price_id AS "priceId",
              start_time AS "startTime"
         FROM span WHERE project_id = $1 AND model IS NOT NULL ORDER BY start_time`,
      [projectId],
    );
    return result.rows;
  }

  /** Each trace's rollup next to the same sum recomputed from its spans. */
  async function rollupsAgainstSpans(projectId: string) {
    const result = await getPool().query<{ rollup: number; fromSpans: number; hasCost: boolean }>(
      `SELECT t.cost_usd AS rollup, t.has_cost AS "hasCost",
              (SELECT COALESCE(sum(s.cost_usd), 0) FROM span s
                WHERE s.project_id = t.project_id AND s.trace_id = t.trace_id AND s.kind::text = ANY($2)) AS "fromSpans"
         FROM trace t WHERE t.project_id = $1`,
      [projectId, ZSpanKind.options.filter(countsUsage)],
    );
    return result.rows;
  }

  async function waitForJob(
    projectId: string,
    jobId: string,
    isReady: (job: TRepriceJob) => boolean,
  ): Promise<TRepriceJob> {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const job = await getRepriceJob({ projectId, jobId });
      if (isReady(job) || Date.now() > deadline) return job;
      await sleep(100);
    }
  }

  /** 10 traces (20 model calls) priced at $1, then the price corrected to `rate` (not yet repriced). */
  async function seedCorrectedPrice(rate: number): Promise<{ id: string }> {
    const { project } = await seedProjectWithKey();
    const january = await createModelPrice({ projectId: project.id, price: price(1, JAN) });
    await ingestTraces(project.id, { traces: 10, startMs: FEB });
    await updateModelPrice({ projectId: project.id, priceId: january.id, price: price(rate, JAN) });
    return project;
  }

  async function queueJanToApril(runner: TJobRunner, options: { projectId: string; model: string | null }) {
    const job = await createRepriceJob({ ...options, fromTime: new Date(JAN), toTime: new Date(APR) });
    await runner.requestReprice(job.id);
    return job;
  }

  beforeAll(() => {
    writer = new SpanWriter({ pool: getPool() });
  });
  // Every runner works the same queue, so one left running would take the next test's job.
  afterEach(async () => {
    for (const runner of runners.splice(0)) await runner.stop().catch(() => undefined);
  });
  afterAll(async () => {
    await writer.drain();
    await closeDb();
  });

  it("prices each span at ingest with the row in effect at its start, skipping a retired one", async () => {
    const { project } = await seedProjectWithKey();
    const january = await createModelPrice({ projectId: project.id, price: price(1, JAN) });
    const march = await createModelPrice({ projectId: project.id, price: price(3, MAR) });
    await getPool().query(`UPDATE model_price SET retired_at = $2 WHERE id = $1`, [march.id, new Date(APR)]);
    await ingestTraces(project.id, { traces: 1, startMs: FEB });
    await ingestTraces(project.id, { traces: 1, startMs: MAR + DAY });
    await ingestTraces(project.id, { traces: 1, startMs: APR + DAY });
    const costs = await spanCosts(project.id);
    expect(costs.map((row) => [row.priceId, row.costUsd])).toEqual([
      [`project:${january.id}`, 1],
      [`project:${january.id}`, 1],
      [`project:${march.id}`, 3],
      [`project:${march.id}`, 3],
      // March is retired from April on; January's period has no end, so it prices April's spans.
      [`project:${january.id}`, 1],
      [`project:${january.id}`, 1],
    ]);
  });

  it("reprices spans in range and keeps every trace rollup equal to the sum of its spans", async () => {
    const { project } = await seedProjectWithKey();
    const january = await createModelPrice({ projectId: project.id, price: price(1, JAN) });
    await ingestTraces(project.id, { traces: 6, startMs: FEB });
    // The price was wrong: correct it, then reprice only the first three days.
    await updateModelPrice({ projectId: project.id, priceId: january.id, price: { ...price(5, JAN) } });
    await startRunner({ batchSize: 4 });
    const job = await createRepriceJob({
      projectId: project.id,
      fromTime: new Date(FEB),
      toTime: new Date(FEB + 3 * DAY),
      model: null,
    });
    await runners.at(-1)?.requestReprice(job.id);
    const done = await waitForJob(project.id, job.id, (current) => current.state === "done");
    expect(done).toMatchObject({ state: "done", total: 6, processed: 6, updatedSpans: 6, error: null });
    const costs = await spanCosts(project.id);
    expect(costs.map((row) => row.costUsd)).toEqual([5, 5, 5, 5, 5, 5, 1, 1, 1, 1, 1, 1]);
    const rollups = await rollupsAgainstSpans(project.id);
    expect(rollups).toHaveLength(6);
    for (const row of rollups) expect(row.rollup).toBeCloseTo(row.fromSpans, 9);
    expect(rollups.map((row) => row.rollup).sort()).toEqual([10, 10, 10, 2, 2, 2].sort());
  });

  it("stops a cancelled job at its next batch", async () => {
    const project = await seedCorrectedPrice(2);
    const runner = await startRunner({ batchSize: 2, pauseMs: 200 });
    const job = await queueJanToApril(runner, { projectId: project.id, model: MODEL });
    await waitForJob(project.id, job.id, (current) => current.processed > 0);
    expect((await cancelRepriceJob({ projectId: project.id, jobId: job.id })).state).toBe("cancelled");
    await sleep(1_000);
    const cancelled = await getRepriceJob({ projectId: project.id, jobId: job.id });
    expect(cancelled.state).toBe("cancelled");
    expect(cancelled.total).toBe(20);
    expect(cancelled.processed).toBeLessThan(20);
    const repriced = (await spanCosts(project.id)).filter((row) => row.costUsd === 2);
    expect(repriced).toHaveLength(cancelled.updatedSpans);
    for (const row of await rollupsAgainstSpans(project.id)) expect(row.rollup).toBeCloseTo(row.fromSpans, 9);
  });

  it("resumes on a second worker from the last batch the stopped one committed", async () => {
    const project = await seedCorrectedPrice(4);
    const first = await startRunner({ batchSize: 2, pauseMs: 300 });
    const job = await queueJanToApril(first, { projectId: project.id, model: null });
    await waitForJob(project.id, job.id, (current) => current.processed >= 2);
    await first.stop();
    const interrupted = await getRepriceJob({ projectId: project.id, jobId: job.id });
    expect(interrupted.state).toBe("running");
    expect(interrupted.processed).toBeGreaterThan(0);
    expect(interrupted.processed).toBeLessThan(20);

    await startRunner({ batchSize: 3 });
    const done = await waitForJob(project.id, job.id, (current) => current.state === "done");
    // Every span repriced exactly once across both workers: none skipped, none counted twice.
    expect(done).toMatchObject({ state: "done", total: 20, processed: 20, updatedSpans: 20 });
    expect((await spanCosts(project.id)).every((row) => row.costUsd === 4)).toBe(true);
    for (const row of await rollupsAgainstSpans(project.id)) expect(row.rollup).toBeCloseTo(row.fromSpans, 9);
  });
});
