import "server-only";
import { NotFoundError } from "@spanlight/core";
import type { TSessionDetail } from "@spanlight/core";
import { getSession } from "@spanlight/db";

/** A session over all its traces, with its traces and conversation turns; 404 when it has no trace. */
export async function getProjectSession(options: { projectId: string; sessionId: string }): Promise<TSessionDetail> {
  const session = await getSession(options);
  if (!session) throw new NotFoundError(`No session ${options.sessionId} in this project`);
  return session;
}
