import type { TSpan } from "@spanlight/core";
import { getPool } from "../client.ts";
import { SPAN_COLUMNS } from "./columns.ts";

/** One span with its full payload, or null when the project has no such span in that trace. */
export async function getSpan(options: { projectId: string; traceId: string; spanId: string }): Promise<TSpan | null> {
  const result = await getPool().query<TSpan>(
    `SELECT ${SPAN_COLUMNS} FROM span WHERE project_id = $1 AND trace_id = $2 AND span_id = $3`,
    [options.projectId, options.traceId, options.spanId],
  );
  return result.rows[0] ?? null;
}
