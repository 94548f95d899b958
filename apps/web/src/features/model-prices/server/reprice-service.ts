import "server-only";
import { AppError } from "@spanlight/core";
import type { TRepriceJobContract, TRepriceJobList, TRepriceRequest } from "@spanlight/core";
import { cancelRepriceJob, createRepriceJob, getJobRunner, getRepriceJob, listRepriceJobs } from "@spanlight/db";
import type { TRepriceJob } from "@spanlight/db";

/** The settings page shows this many of the latest jobs. */
const LISTED_JOBS = 5;

/** Queues a repricing of the project's spans in [from, to) as a background job. */
export async function startReprice(projectId: string, request: TRepriceRequest): Promise<{ jobId: string }> {
  const runner = getJobRunner();
  if (!runner) {
    throw new AppError({
      status: 503,
      code: "jobs_unavailable",
      message: "Background jobs are not running on this server",
    });
  }
  const job = await createRepriceJob({
    projectId,
    fromTime: new Date(request.from),
    toTime: new Date(request.to),
    model: request.model ?? null,
  });
  await runner.requestReprice(job.id);
  return { jobId: job.id };
}

export async function getRepriceProgress(projectId: string, jobId: string): Promise<TRepriceJobContract> {
  return toContract(await getRepriceJob({ projectId, jobId }));
}

export async function cancelReprice(projectId: string, jobId: string): Promise<TRepriceJobContract> {
  return toContract(await cancelRepriceJob({ projectId, jobId }));
}

export async function listRecentReprices(projectId: string): Promise<TRepriceJobList> {
  return { jobs: (await listRepriceJobs({ projectId, limit: LISTED_JOBS })).map(toContract) };
}

function toContract(job: TRepriceJob): TRepriceJobContract {
  return {
    jobId: job.id,
    from: job.fromTime.toISOString(),
    to: job.toTime.toISOString(),
    model: job.model,
    state: job.state,
    total: job.total,
    processed: job.processed,
    updatedSpans: job.updatedSpans,
    startedAt: job.startedAt?.toISOString() ?? null,
    finishedAt: job.finishedAt?.toISOString() ?? null,
    error: job.error,
  };
}
