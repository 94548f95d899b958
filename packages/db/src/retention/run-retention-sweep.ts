import { getDb } from "../client.ts";
import { deleteOrphanSpanBatch } from "./delete-trace-batch.ts";
import { listRetainedProjects, recordRetentionRun } from "./manage-retention.ts";
import { DEFAULT_BATCH_SIZE, removeTracesInBatches } from "./remove-old-traces.ts";
import type { TBatchOptions } from "./remove-old-traces.ts";

const DAY_MS = 24 * 60 * 60 * 1000;

export type TSweepReport = {
  purgedProjects: number;
  projects: {
    projectId: string;
    removedTraces: number;
    removedSpans: number;
    durationMs: number;
    error: string | null;
  }[];
};

/**
 * One pass of the retention job: first what deleted projects left behind, then each project's
 * traces older than its retention. A project's failure is recorded on it and does not stop the others.
 */
export async function runRetentionSweep(
  options: { now?: Date; projectId?: string } & TBatchOptions = {},
): Promise<TSweepReport> {
  const purgedProjects = options.projectId ? 0 : await purgeDeletedProjects(options);
  const retained = (await listRetainedProjects()).filter(
    (project) => !options.projectId || project.projectId === options.projectId,
  );
  const report: TSweepReport = { purgedProjects, projects: [] };
  for (const project of retained) {
    if (options.signal?.aborted) break;
    const now = options.now ?? new Date();
    const startedAt = performance.now();
    let removed = { traces: 0, spans: 0, scores: 0 };
    let error: string | null = null;
    try {
      removed = await removeTracesInBatches({
        ...options,
        projectId: project.projectId,
        before: new Date(now.getTime() - project.days * DAY_MS),
      });
    } catch (caught) {
      error = caught instanceof Error ? caught.message : String(caught);
    }
    const durationMs = performance.now() - startedAt;
    await recordRetentionRun({
      projectId: project.projectId,
      at: now,
      removedTraces: removed.traces,
      removedSpans: removed.spans,
      durationMs,
      error,
    });
    report.projects.push({
      projectId: project.projectId,
      removedTraces: removed.traces,
      removedSpans: removed.spans,
      durationMs,
      error,
    });
  }
  return report;
}

/** Removes all data of projects deleted since the last pass; returns how many were finished. */
export async function purgeDeletedProjects(options: TBatchOptions = {}): Promise<number> {
  const pending = await getDb().projectPurge.findMany({ select: { projectId: true }, orderBy: { requestedAt: "asc" } });
  let finished = 0;
  for (const { projectId } of pending) {
    if (options.signal?.aborted) break;
    await removeTracesInBatches({ ...options, projectId, before: null });
    const limit = (options.batchSize ?? DEFAULT_BATCH_SIZE) * 10;
    while ((await deleteOrphanSpanBatch({ projectId, limit })) === limit) {
      if (options.signal?.aborted) return finished;
    }
    await getDb().projectPurge.delete({ where: { projectId } });
    finished += 1;
  }
  return finished;
}
