import { getPool } from "../client.ts";

/**
 * Deletes traces of one project with all their spans, their search text, optimisation spans and scores, in one transaction, and returns the ids that
 * existed. The trace row goes first: its row lock makes a span writer rolling up the same trace wait
 * for the commit (it then starts the trace afresh from whatever spans it brings, as for a new trace).
 * Ids of another project's traces match nothing, so callers cannot reach across projects.
 */
export async function deleteTraces(options: { projectId: string; traceIds: readonly string[] }): Promise<string[]> {
  if (options.traceIds.length === 0) return [];
  const client = await getPool().connect();
  try {
    await client.query("BEGIN");
    const deleted = await client.query<{ trace_id: string }>(
      "DELETE FROM trace WHERE project_id = $1 AND trace_id = ANY($2::text[]) RETURNING trace_id",
      [options.projectId, [...options.traceIds]],
    );
    // Spans of a trace whose row never committed (a writer mid-way) go too: the span key's prefix.
    await client.query("DELETE FROM span WHERE project_id = $1 AND trace_id = ANY($2::text[])", [
      options.projectId,
      [...options.traceIds],
    ]);
    await client.query("DELETE FROM span_search WHERE project_id = $1 AND trace_id = ANY($2::text[])", [
      options.projectId,
      [...options.traceIds],
    ]);
    // Optimisation spans are copies of spans (optimization_span): they go with their trace.
    await client.query("DELETE FROM optimization_span WHERE project_id = $1 AND trace_id = ANY($2::text[])", [
      options.projectId,
      [...options.traceIds],
    ]);
    // Scores have no foreign key to traces (a late score may arrive before its trace), so they go here.
    await client.query("DELETE FROM score WHERE project_id = $1 AND trace_id = ANY($2::text[])", [
      options.projectId,
      [...options.traceIds],
    ]);
    await client.query("COMMIT");
    return deleted.rows.map((row) => row.trace_id).sort();
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
