import "server-only";
import { NotFoundError } from "@spanlight/core";
import { readTraceSources } from "@spanlight/db";
import type { TTraceSource } from "@spanlight/db";

/** One span as the source of a dataset item, with its feedback and winning correction (404 when there is no such span). */
export async function readItemSource(options: {
  projectId: string;
  traceId: string;
  spanId: string;
}): Promise<TTraceSource> {
  const { sources } = await readTraceSources({
    projectId: options.projectId,
    target: { traceIds: [options.traceId] },
    spanId: options.spanId,
  });
  const source = sources[0];
  if (!source) throw new NotFoundError(`No span ${options.spanId} in trace ${options.traceId}`);
  return source;
}
