import { getDb } from "../client.ts";

export type TRetention = {
  days: number | null;
  lastRun: { at: Date; removedTraces: number; removedSpans: number; durationMs: number; error: string | null } | null;
};

export async function getRetention(projectId: string): Promise<TRetention> {
  const row = await getDb().projectRetention.findUnique({ where: { projectId } });
  if (!row) return { days: null, lastRun: null };
  return {
    days: row.days,
    lastRun: row.lastRunAt
      ? {
          at: row.lastRunAt,
          removedTraces: row.lastRemovedTraces ?? 0,
          removedSpans: row.lastRemovedSpans ?? 0,
          durationMs: row.lastDurationMs ?? 0,
          error: row.lastError,
        }
      : null,
  };
}

export async function setRetentionDays(options: { projectId: string; days: number | null }): Promise<void> {
  await getDb().projectRetention.upsert({
    where: { projectId: options.projectId },
    create: { projectId: options.projectId, days: options.days },
    update: { days: options.days },
  });
}

export async function listRetainedProjects(): Promise<{ projectId: string; days: number }[]> {
  const rows = await getDb().projectRetention.findMany({
    where: { days: { not: null } },
    select: { projectId: true, days: true },
  });
  return rows.flatMap((row) => (row.days === null ? [] : [{ projectId: row.projectId, days: row.days }]));
}

export async function recordRetentionRun(options: {
  projectId: string;
  at: Date;
  removedTraces: number;
  removedSpans: number;
  durationMs: number;
  error: string | null;
}): Promise<void> {
  const data = {
    lastRunAt: options.at,
    lastRemovedTraces: options.removedTraces,
    lastRemovedSpans: options.removedSpans,
    lastDurationMs: Math.round(options.durationMs),
    lastError: options.error,
  };
  // The project may have been deleted while its sweep ran: then there is nothing to record.
  await getDb().projectRetention.updateMany({ where: { projectId: options.projectId }, data });
}
