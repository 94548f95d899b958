import "server-only";
import { NotFoundError } from "@spanlight/core";
import type { TDeleteTracesResult } from "@spanlight/core";
import { deleteTraces } from "@spanlight/db";

/** The trace list's "delete selected": which of the ids were the project's traces (now gone). */
export async function deleteProjectTraces(options: {
  projectId: string;
  traceIds: readonly string[];
}): Promise<TDeleteTracesResult> {
  return { deletedTraceIds: await deleteTraces(options) };
}

/** One trace by id, as the public API deletes it; 404 when the project has no such trace. */
export async function deleteProjectTrace(options: { projectId: string; traceId: string }): Promise<null> {
  const deleted = await deleteTraces({ projectId: options.projectId, traceIds: [options.traceId] });
  if (deleted.length === 0) throw new NotFoundError(`No trace ${options.traceId} in this project`);
  return null;
}
