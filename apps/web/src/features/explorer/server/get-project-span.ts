import "server-only";
import { NotFoundError } from "@spanlight/core";
import type { TSpan } from "@spanlight/core";
import { getSpan } from "@spanlight/db";

/** One span with its full payload; 404 when the project has no such span in that trace. */
export async function getProjectSpan(options: { projectId: string; traceId: string; spanId: string }): Promise<TSpan> {
  const span = await getSpan(options);
  if (!span) throw new NotFoundError(`No span ${options.spanId} in trace ${options.traceId} of this project`);
  return span;
}
