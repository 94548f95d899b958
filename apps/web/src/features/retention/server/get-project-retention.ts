import "server-only";
import { getRetention } from "@spanlight/db";
import type { TRetention } from "../contracts";

export async function getProjectRetention(projectId: string): Promise<TRetention> {
  const retention = await getRetention(projectId);
  return {
    days: retention.days,
    lastRun: retention.lastRun
      ? {
          ...retention.lastRun,
          at: retention.lastRun.at.toISOString(),
          durationMs: Math.round(retention.lastRun.durationMs),
        }
      : null,
  };
}
