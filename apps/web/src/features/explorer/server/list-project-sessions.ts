import "server-only";
import type { TSessionListPage, TSessionListQuery } from "@spanlight/core";
import { listSessions } from "@spanlight/db";

/** A page of the sessions with a trace in the window, rolled up over the window's traces. */
export async function listProjectSessions(options: {
  projectId: string;
  query: TSessionListQuery;
}): Promise<TSessionListPage> {
  return listSessions(options);
}
