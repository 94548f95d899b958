import "server-only";
import { ZTraceListQuery } from "@spanlight/core";
import { listTraces } from "@spanlight/db";

/** Far enough back to mean "ever": the question is only whether the project has any trace at all. */
const BEGINNING_OF_TIME = "1970-01-01T00:00:00Z";

/** One row over all time, newest first: cheap on the (project_id, start_time) index. */
export async function hasAnyTrace(projectId: string): Promise<boolean> {
  const page = await listTraces({ projectId, query: ZTraceListQuery.parse({ from: BEGINNING_OF_TIME, limit: "1" }) });
  return page.data.length > 0;
}
