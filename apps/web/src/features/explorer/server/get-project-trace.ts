import "server-only";
import { NotFoundError } from "@spanlight/core";
import type { TTraceDetail } from "@spanlight/core";
import { getTraceDetail } from "@spanlight/db";

/** The trace's rollup and every span with payloads; 404 when the project has no such trace. */
export async function getProjectTrace(options: { projectId: string; traceId: string }): Promise<TTraceDetail> {
  const trace = await getTraceDetail(options);
  if (!trace) throw new NotFoundError(`No trace ${options.traceId} in this project`);
  return trace;
}
