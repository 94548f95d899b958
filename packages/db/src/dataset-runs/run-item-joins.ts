/**
 * A run item with its trace and the span whose output it scores (its own span, else the trace's
 * root). Left joins: a trace that has not arrived yet leaves its columns null, and the run item
 * gains them when it does, with nothing rewritten.
 */
export const RUN_ITEM_TRACE_JOINS = `
  LEFT JOIN trace t ON t.project_id = ri.project_id AND t.trace_id = ri.trace_id
  LEFT JOIN span s ON s.project_id = ri.project_id AND s.trace_id = ri.trace_id
                  AND s.span_id = COALESCE(ri.span_id, t.root_span_id)`;

/** The output a run item is scored on: as sent, else the span's. */
export const RESOLVED_OUTPUT_SQL = "COALESCE(ri.output, s.output)";

/**
 * The scores that belong to a run item: those on its trace that no run claims (judges, feedback) and
 * the metric scores this run item got. A metric score of another run on the same trace is not its.
 */
export const RUN_ITEM_SCORE_SQL = `sc.project_id = ri.project_id AND sc.trace_id = ri.trace_id
  AND sc.numeric_value IS NOT NULL AND (sc.metadata->>'runItemId' IS NULL OR sc.metadata->>'runItemId' = ri.id)`;
