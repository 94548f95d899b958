import { TRACE_FACET_LIMIT, TRACE_FACET_SAMPLE } from "@spanlight/core";
import type { TTraceFacetField, TTraceFacets } from "@spanlight/core";
import { getPool } from "../client.ts";
import { resolveTimeWindow } from "./time-window.ts";

/** Each field's value per trace row (the arrays unnest to one row per element). */
const FACET_VALUES: Record<TTraceFacetField, string> = {
  name: "name",
  userId: "user_id",
  sessionId: "session_id",
  tags: "unnest(tags)",
  environment: "environment",
  release: "release",
  model: "unnest(models)",
};

/**
 * The values the trace-list filters can match, with how many traces carry each, over the window's
 * newest traces (at most TRACE_FACET_SAMPLE, read from the (project, start_time) index) in one
 * statement; values the sample does not reach are still filterable by typing them.
 */
export async function listTraceFacets(options: {
  projectId: string;
  query: { from?: string; to?: string };
}): Promise<TTraceFacets> {
  const window = resolveTimeWindow(options.query, null);
  const fields = Object.entries(FACET_VALUES) as Array<[TTraceFacetField, string]>;
  const counts = fields.map(
    ([field, value]) => `
      (SELECT coalesce(json_agg(json_build_object('value', value, 'count', count)), '[]')
         FROM (SELECT value, count(*)::int AS count
                 FROM (SELECT ${value} AS value FROM sampled) v
                WHERE value IS NOT NULL AND value <> ''
                GROUP BY value ORDER BY count DESC, value LIMIT ${TRACE_FACET_LIMIT}) c) AS "${field}"`,
  );
  const result = await getPool().query<
    Record<TTraceFacetField, TTraceFacets["facets"][TTraceFacetField]> & { traces: number }
  >({
    text: `
        WITH sampled AS MATERIALIZED (
          SELECT name, user_id, session_id, tags, environment, release, models FROM trace
           WHERE project_id = $1 AND start_time >= $2::timestamptz AND start_time < $3::timestamptz
           ORDER BY start_time DESC LIMIT ${TRACE_FACET_SAMPLE}
        )
        SELECT (SELECT count(*)::int FROM sampled) AS traces, ${counts.join(",")}`,
    values: [options.projectId, window.from, window.to],
  });
  const row = result.rows[0]!;
  return {
    traces: row.traces,
    isSampled: row.traces >= TRACE_FACET_SAMPLE,
    facets: Object.fromEntries(fields.map(([field]) => [field, row[field]])) as TTraceFacets["facets"],
  };
}
