import { getPool } from "../client.ts";

export type TRemoved = { traces: number; spans: number; scores: number };

/**
 * Removes up to `limit` traces of a project that started before `before` (all of them when `before`
 * is null), with their spans, optimisation spans and scores, in one short statement. Each batch commits on its own, so the span
 * writer waits at most one batch for a row lock, never for the whole sweep. The trace list's index
 * (project_id, start_time) finds the oldest traces; the span key's (project_id, trace_id) prefix finds
 * their spans.
 */
export async function deleteTraceBatch(options: {
  projectId: string;
  before: Date | null;
  limit: number;
}): Promise<TRemoved> {
  const result = await getPool().query<{ traces: string; spans: string; scores: string }>(
    `WITH doomed AS (
       SELECT trace_id FROM trace
        WHERE project_id = $1 AND ($2::timestamptz IS NULL OR start_time < $2)
        ORDER BY start_time
        LIMIT $3
     ), removed_spans AS (
       DELETE FROM span s USING doomed d
        WHERE s.project_id = $1 AND s.trace_id = d.trace_id
       RETURNING 1
     ), removed_search AS (
       DELETE FROM span_search x USING doomed d
        WHERE x.project_id = $1 AND x.trace_id = d.trace_id
     ), removed_optimization_spans AS (
       DELETE FROM optimization_span o USING doomed d
        WHERE o.project_id = $1 AND o.trace_id = d.trace_id
     ), removed_scores AS (
       DELETE FROM score c USING doomed d
        WHERE c.project_id = $1 AND c.trace_id = d.trace_id
       RETURNING 1
     ), removed_traces AS (
       DELETE FROM trace t USING doomed d
        WHERE t.project_id = $1 AND t.trace_id = d.trace_id
       RETURNING 1
     )
     SELECT (SELECT count(*) FROM removed_traces) AS traces,
            (SELECT count(*) FROM removed_spans) AS spans,
            (SELECT count(*) FROM removed_scores) AS scores`,
    [options.projectId, options.before, options.limit],
  );
  const row = result.rows[0];
  return { traces: Number(row?.traces ?? 0), spans: Number(row?.spans ?? 0), scores: Number(row?.scores ?? 0) };
}

/**
 * Spans whose trace row is gone already (a batch cannot see spans written after it read `doomed`):
 * only a project being purged can have them, so this runs for purges only.
 */
export async function deleteOrphanSpanBatch(options: { projectId: string; limit: number }): Promise<number> {
  const result = await getPool().query(
    `DELETE FROM span WHERE ctid IN (SELECT ctid FROM span WHERE project_id = $1 LIMIT $2)`,
    [options.projectId, options.limit],
  );
  await getPool().query(
    `DELETE FROM span_search WHERE ctid IN (SELECT ctid FROM span_search WHERE project_id = $1 LIMIT $2)`,
    [options.projectId, options.limit],
  );
  return result.rowCount ?? 0;
}
