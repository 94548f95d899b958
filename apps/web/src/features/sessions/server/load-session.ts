import "server-only";
import type { TSessionDetail } from "@spanlight/core";
import { getSession } from "@spanlight/db";

/** The session page's data: the session over all its traces, or null for the 404 page. */
export async function loadSession(options: { projectId: string; sessionId: string }): Promise<TSessionDetail | null> {
  return getSession(options);
}
