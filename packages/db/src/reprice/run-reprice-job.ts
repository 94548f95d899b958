import { setTimeout as sleep } from "node:timers/promises";
import { getPool } from "../client.ts";
import { applyBatch, countSpansInScope, readBatch } from "./reprice-batch.ts";
import type { TSpanPricer } from "./reprice-batch.ts";

export const REPRICE_BATCH_SIZE = 500;

export class RepriceInterruptedError extends Error {
  constructor() {
    super("Repricing was interrupted by a shutdown; it resumes from its last batch");
  }
}

type TJobRow = {
  projectId: string;
  fromTime: Date;
  toTime: Date;
  model: string | null;
  state: string;
  cursorTraceId: string | null;
  cursorSpanId: string | null;
};

export type TRunRepriceOptions = {
  jobId: string;
  /** Builds the job's pricer from the project's prices as they are when the job (re)starts. */
  createPricer: (projectId: string) => Promise<TSpanPricer>;
  signal?: AbortSignal;
  batchSize?: number;
  /** A pause between batches, so a large repricing leaves room for ingest. */
  pauseMs?: number;
};

/**
 * Runs (or resumes) one reprice job to its end. Each batch is one short transaction that locks the
 * job row, reads its cursor and state, reprices the next spans and moves the cursor: a cancel takes
 * effect at the next batch, a dead worker's successor starts after the last committed batch, and two
 * workers on one job (an expired lease) take turns instead of repricing a span twice.
 * A shutdown throws RepriceInterruptedError so the queue retries the job; any other failure is
 * recorded on the job.
 */
export async function runRepriceJob(options: TRunRepriceOptions): Promise<void> {
  const job = await startJob(options.jobId);
  if (!job) return;
  try {
    const pricer = await options.createPricer(job.projectId);
    while (await runNextBatch({ ...options, pricer })) {
      if (options.signal?.aborted) throw new RepriceInterruptedError();
      if (options.pauseMs) await sleep(options.pauseMs);
    }
  } catch (error) {
    if (error instanceof RepriceInterruptedError) throw error;
    await getPool().query(
      `UPDATE reprice_job SET state = 'failed', error = $2, finished_at = now() WHERE id = $1 AND state = 'running'`,
      [options.jobId, error instanceof Error ? error.message : String(error)],
    );
  }
}

/** Marks a queued job running and counts its spans once; null when there is nothing left to run. */
async function startJob(jobId: string): Promise<TJobRow | null> {
  const job = await readJob(jobId);
  if (!job || (job.state !== "queued" && job.state !== "running")) return null;
  if (job.state === "queued") {
    const client = await getPool().connect();
    try {
      const total = await countSpansInScope(client, job);
      await client.query(
        `UPDATE reprice_job SET state = 'running', total = $2, started_at = now() WHERE id = $1 AND state = 'queued'`,
        [jobId, total],
      );
    } finally {
      client.release();
    }
  }
  return job;
}

const JOB_COLUMNS = `project_id AS "projectId", from_time AS "fromTime", to_time AS "toTime", model, state,
  cursor_trace_id AS "cursorTraceId", cursor_span_id AS "cursorSpanId"`;

async function readJob(jobId: string): Promise<TJobRow | null> {
  const result = await getPool().query<TJobRow>(`SELECT ${JOB_COLUMNS} FROM reprice_job WHERE id = $1`, [jobId]);
  return result.rows[0] ?? null;
}

/** One batch in one transaction; false once the job is done, cancelled or gone. */
async function runNextBatch(options: TRunRepriceOptions & { pricer: TSpanPricer }): Promise<boolean> {
  const client = await getPool().connect();
  try {
    await client.query("BEGIN");
    const locked = await client.query<TJobRow>(`SELECT ${JOB_COLUMNS} FROM reprice_job WHERE id = $1 FOR UPDATE`, [
      options.jobId,
    ]);
    const job = locked.rows[0];
    if (!job || job.state !== "running") {
      await client.query("COMMIT");
      return false;
    }
    const cursor =
      job.cursorTraceId && job.cursorSpanId ? { traceId: job.cursorTraceId, spanId: job.cursorSpanId } : null;
    const spans = await readBatch(client, { scope: job, cursor, limit: options.batchSize ?? REPRICE_BATCH_SIZE });
    const last = spans.at(-1);
    if (!last) {
      await client.query(`UPDATE reprice_job SET state = 'done', finished_at = now() WHERE id = $1`, [options.jobId]);
      await client.query("COMMIT");
      return false;
    }
    const updated = await applyBatch(client, { projectId: job.projectId, spans, pricer: options.pricer });
    await client.query(
      `UPDATE reprice_job SET cursor_trace_id = $2, cursor_span_id = $3, processed = processed + $4,
              updated_spans = updated_spans + $5
        WHERE id = $1`,
      [options.jobId, last.traceId, last.spanId, spans.length, updated],
    );
    await client.query("COMMIT");
    return true;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
