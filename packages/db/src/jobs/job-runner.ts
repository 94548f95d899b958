import PgBoss from "pg-boss";
import type { TSpanPricer } from "../reprice/reprice-batch.ts";
import { runRepriceJob } from "../reprice/run-reprice-job.ts";
import { runRetentionSweep } from "../retention/run-retention-sweep.ts";

/**
 * Background jobs on pg-boss: jobs live in PostgreSQL (its own `pgboss` schema), so a job queued
 * or scheduled before a restart still runs after it, and only one process runs each. Imports can add
 * their queues here.
 */
export const RETENTION_QUEUE = "retention";
/** Every hour at :07, the minute chosen off the hour so it does not meet other hourly jobs. */
const RETENTION_CRON = "7 * * * *";

export const REPRICE_QUEUE = "reprice";

type TRetentionJob = { projectId?: string };
type TRepriceQueueJob = { jobId: string };

export type TJobRunner = {
  /** Queues a retention pass now (for one project, or all), e.g. after its retention is changed. */
  requestRetentionRun: (projectId?: string) => Promise<void>;
  /** Queues a reprice job whose row createRepriceJob made. */
  requestReprice: (jobId: string) => Promise<void>;
  stop: () => Promise<void>;
};

const GLOBAL_KEY = Symbol.for("spanlight.jobs");
const globalRunner = globalThis as unknown as { [GLOBAL_KEY]?: TJobRunner };

export async function startJobRunner(options: {
  connectionString: string;
  onError: (error: Error) => void;
  onSwept?: (report: Awaited<ReturnType<typeof runRetentionSweep>>) => void;
  /**
   * Prices stored spans for repricing (pricing is packages/ingest's, which this package cannot import).
   * Without it this process only queues reprice jobs and leaves running them to nodes that have one.
   */
  createPricer?: (projectId: string) => Promise<TSpanPricer>;
  repriceBatchSize?: number;
  repricePauseMs?: number;
}): Promise<TJobRunner> {
  const boss = new PgBoss({ connectionString: options.connectionString, max: 2, application_name: "spanlight-jobs" });
  boss.on("error", options.onError);
  await boss.start();
  // `stately`: at most one pass queued and one running, however many are requested.
  await boss.createQueue(RETENTION_QUEUE, { name: RETENTION_QUEUE, policy: "stately", retryLimit: 3, retryDelay: 60 });
  await boss.schedule(RETENTION_QUEUE, RETENTION_CRON, {});
  const abort = new AbortController();
  await boss.work<TRetentionJob>(RETENTION_QUEUE, async ([job]) => {
    const report = await runRetentionSweep({ projectId: job?.data.projectId, signal: abort.signal });
    options.onSwept?.(report);
  });
  // A shutdown fails the job on purpose (RepriceInterruptedError), so the retry resumes it on whichever
  // node is up; a crashed worker's job is retried once its lease expires.
  await boss.createQueue(REPRICE_QUEUE, {
    name: REPRICE_QUEUE,
    retryLimit: 100,
    retryDelay: 1,
    expireInSeconds: 15 * 60,
  });
  const { createPricer } = options;
  if (createPricer) {
    await boss.work<TRepriceQueueJob>(REPRICE_QUEUE, async ([job]) => {
      if (!job) return;
      await runRepriceJob({
        jobId: job.data.jobId,
        createPricer,
        signal: abort.signal,
        batchSize: options.repriceBatchSize,
        pauseMs: options.repricePauseMs,
      });
    });
  }
  const runner: TJobRunner = {
    requestRetentionRun: async (projectId) => {
      await boss.send(RETENTION_QUEUE, projectId ? { projectId } : {});
    },
    requestReprice: async (jobId) => {
      await boss.send(REPRICE_QUEUE, { jobId });
    },
    stop: async () => {
      // A sweep or repricing in progress stops after its current batch; the next pass or retry goes on.
      abort.abort();
      await boss.stop({ graceful: true, timeout: 10_000 });
      delete globalRunner[GLOBAL_KEY];
    },
  };
  globalRunner[GLOBAL_KEY] = runner;
  return runner;
}

/** The process's job runner once the server has started it, for route handlers that queue work. */
export function getJobRunner(): TJobRunner | null {
  return globalRunner[GLOBAL_KEY] ?? null;
}
