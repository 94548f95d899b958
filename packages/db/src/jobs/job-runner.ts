import PgBoss from "pg-boss";
import { runRetentionSweep } from "../retention/run-retention-sweep.ts";

/**
 * Background jobs on pg-boss: jobs live in PostgreSQL (its own `pgboss` schema), so a job queued
 * or scheduled before a restart still runs after it, and only one process runs each. Repricing and
 * imports can add their queues here.
 */
export const RETENTION_QUEUE = "retention";
/** Every hour at :07, the minute chosen off the hour so it does not meet other hourly jobs. */
const RETENTION_CRON = "7 * * * *";

type TRetentionJob = { projectId?: string };

export type TJobRunner = {
  /** Queues a retention pass now (for one project, or all), e.g. after its retention is changed. */
  requestRetentionRun: (projectId?: string) => Promise<void>;
  stop: () => Promise<void>;
};

const GLOBAL_KEY = Symbol.for("spanlight.jobs");
const globalRunner = globalThis as unknown as { [GLOBAL_KEY]?: TJobRunner };

export async function startJobRunner(options: {
  connectionString: string;
  onError: (error: Error) => void;
  onSwept?: (report: Awaited<ReturnType<typeof runRetentionSweep>>) => void;
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
  const runner: TJobRunner = {
    requestRetentionRun: async (projectId) => {
      await boss.send(RETENTION_QUEUE, projectId ? { projectId } : {});
    },
    stop: async () => {
      // A sweep in progress stops after its current batch; whatever is left, the next pass finds.
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
