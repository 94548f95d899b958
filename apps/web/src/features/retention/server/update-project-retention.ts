import "server-only";
import { getJobRunner, setRetentionDays } from "@spanlight/db";
import type { TRetention, TUpdateRetention } from "../contracts";
import { getProjectRetention } from "./get-project-retention";

/** Saves the retention and queues a pass for the project, so a shorter one takes effect now, not at the next hour. */
export async function updateProjectRetention(options: {
  projectId: string;
  input: TUpdateRetention;
}): Promise<TRetention> {
  await setRetentionDays({ projectId: options.projectId, days: options.input.days });
  if (options.input.days !== null) await getJobRunner()?.requestRetentionRun(options.projectId);
  return getProjectRetention(options.projectId);
}
