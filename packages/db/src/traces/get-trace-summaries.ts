import type { TTraceSummary } from "@spanlight/core";
import { getPool } from "../client.ts";
import { TRACE_SUMMARY_COLUMNS } from "./columns.ts";

/** The given traces of a project as list rows, newest first; ids of other projects are not there. */
export async function getTraceSummaries(options: { projectId: string; traceIds: string[] }): Promise<TTraceSummary[]> {
  const result = await getPool().query<TTraceSummary>(
    `SELECT ${TRACE_SUMMARY_COLUMNS} FROM trace
      WHERE project_id = $1 AND trace_id = ANY($2::text[])
      ORDER BY start_time DESC, trace_id`,
    [options.projectId, options.traceIds],
  );
  return result.rows;
}
