import "server-only";
import { NotFoundError } from "@spanlight/core";
import type { TTraceTree } from "@spanlight/core";
import { getTraceTree } from "@spanlight/db";

/** The trace's rollup and light spans in start order; 404 when the project has no such trace. */
export async function getProjectTraceTree(options: { projectId: string; traceId: string }): Promise<TTraceTree> {
  const tree = await getTraceTree(options);
  if (!tree) throw new NotFoundError(`No trace ${options.traceId} in this project`);
  return tree;
}
