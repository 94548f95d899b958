import type { TOptimizationRole } from "@spanlight/core";
import { getPool } from "../client.ts";
import { isoTime } from "../traces/sql-fragments.ts";

/** A stored span with its trace's cost (null while the trace is unpriced or not here yet). */
export type TOptimizationSpanRecord = {
  runId: string;
  traceId: string;
  spanId: string;
  parentSpanId: string | null;
  role: TOptimizationRole;
  startTime: string;
  endTime: string;
  attributes: Record<string, unknown>;
  traceCostUsd: number | null;
};

const RECORD_COLUMNS = `o.run_id AS "runId", o.trace_id AS "traceId", o.span_id AS "spanId",
  o.parent_span_id AS "parentSpanId", o.role, ${isoTime("o.start_time")} AS "startTime",
  ${isoTime("o.end_time")} AS "endTime", o.attributes,
  CASE WHEN t.has_cost THEN t.cost_usd END AS "traceCostUsd"`;

const TRACE_JOIN = "LEFT JOIN trace t ON t.project_id = o.project_id AND t.trace_id = o.trace_id";

/** The spans of the project's newest runs (by their first span), at most `limit` runs. */
export async function readRecentOptimizationSpans(options: {
  projectId: string;
  limit: number;
}): Promise<TOptimizationSpanRecord[]> {
  const result = await getPool().query<TOptimizationSpanRecord>(
    `WITH runs AS (
       SELECT run_id, min(start_time) AS started FROM optimization_span WHERE project_id = $1
        GROUP BY run_id ORDER BY started DESC LIMIT $2)
     SELECT ${RECORD_COLUMNS} FROM runs JOIN optimization_span o ON o.project_id = $1 AND o.run_id = runs.run_id
       ${TRACE_JOIN}
      ORDER BY runs.started DESC, o.start_time`,
    [options.projectId, options.limit],
  );
  return result.rows;
}

/** One run's spans, oldest first; empty when no span names it. */
export async function readOptimizationRunSpans(options: {
  projectId: string;
  runId: string;
}): Promise<TOptimizationSpanRecord[]> {
  const result = await getPool().query<TOptimizationSpanRecord>(
    `SELECT ${RECORD_COLUMNS} FROM optimization_span o ${TRACE_JOIN}
      WHERE o.project_id = $1 AND o.run_id = $2 ORDER BY o.start_time`,
    [options.projectId, options.runId],
  );
  return result.rows;
}
