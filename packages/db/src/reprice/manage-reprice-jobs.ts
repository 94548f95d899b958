import { NotFoundError } from "@spanlight/core";
import { getDb } from "../client.ts";

export type TRepriceState = "queued" | "running" | "done" | "cancelled" | "failed";

export type TRepriceJob = {
  id: string;
  projectId: string;
  fromTime: Date;
  toTime: Date;
  model: string | null;
  state: TRepriceState;
  total: number;
  processed: number;
  updatedSpans: number;
  error: string | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
};

const SELECT = {
  id: true,
  projectId: true,
  fromTime: true,
  toTime: true,
  model: true,
  state: true,
  total: true,
  processed: true,
  updatedSpans: true,
  error: true,
  createdAt: true,
  startedAt: true,
  finishedAt: true,
} as const;

export async function createRepriceJob(options: {
  projectId: string;
  fromTime: Date;
  toTime: Date;
  model: string | null;
}): Promise<TRepriceJob> {
  return toJob(await getDb().repriceJob.create({ data: options, select: SELECT }));
}

export async function getRepriceJob(options: { projectId: string; jobId: string }): Promise<TRepriceJob> {
  const row = await getDb().repriceJob.findFirst({
    where: { id: options.jobId, projectId: options.projectId },
    select: SELECT,
  });
  if (!row) throw new NotFoundError("No reprice job with this id in this project");
  return toJob(row);
}

export async function listRepriceJobs(options: { projectId: string; limit: number }): Promise<TRepriceJob[]> {
  const rows = await getDb().repriceJob.findMany({
    where: { projectId: options.projectId },
    select: SELECT,
    orderBy: { createdAt: "desc" },
    take: options.limit,
  });
  return rows.map(toJob);
}

/**
 * Marks a queued or running job cancelled; its worker reads the state under the row lock before each
 * batch, so at most the batch in flight still commits. A finished job is left as it is.
 */
export async function cancelRepriceJob(options: { projectId: string; jobId: string }): Promise<TRepriceJob> {
  await getDb().repriceJob.updateMany({
    where: { id: options.jobId, projectId: options.projectId, state: { in: ["queued", "running"] } },
    data: { state: "cancelled", finishedAt: new Date() },
  });
  return getRepriceJob(options);
}

function toJob(row: Omit<TRepriceJob, "state"> & { state: string }): TRepriceJob {
  return { ...row, state: row.state as TRepriceState };
}
