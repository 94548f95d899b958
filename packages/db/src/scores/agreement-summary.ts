import type { TAgreementLevel, TScoreDataType } from "@spanlight/core";
import { getPool } from "../client.ts";
import { scoreWindowSql, type TScoreWindow } from "./score-filter-sql.ts";

/** A target as the summary names it: absent parts are empty strings, as in the grouping. */
type TTargetColumns = { trace_id: string; span_id: string; session_id: string };

/**
 * Agreement's sufficient statistics for one score name, counted by PostgreSQL: the raters, each
 * distinct set of values a target received with how many targets received it, the rater-pair
 * contingency cells, and the first disagreements. A few hundred rows cross the wire whatever the
 * number of scores, so neither time nor memory grows with it (bench/agreement measures it).
 */
export type TAgreementSummaryRows = {
  raters: string[];
  profiles: Array<{ values: Array<{ key: string; count: number }>; targets: number }>;
  pairCells: Array<{ a: string; b: string; x: string; y: string; n: number }>;
  disagreements: Array<TTargetColumns & { values: Array<{ rater: string; key: string }> }>;
};

export type TAgreementSummaryOptions = TScoreWindow & {
  dataType: TScoreDataType;
  level: TAgreementLevel;
  disagreementLimit: number;
};

/**
 * Counts as `summariseRatings` in @spanlight/eval does: scores of the one data type, neither
 * adjudicated nor anonymous; each rater's latest value per target (by time, then id); targets with
 * two or more raters; values compared by their equality key (the label, or the number's text).
 */
export async function summariseAgreement(options: TAgreementSummaryOptions): Promise<TAgreementSummaryRows> {
  const { conditions, values } = scoreWindowSql(options);
  values.push(options.dataType);
  conditions.push(`data_type = $${values.length}::"ScoreDataType"`, "NOT is_adjudicated");
  conditions.push("coalesce(author_user_id, author_id) IS NOT NULL");
  const key = equalityKeySql(options.dataType, options.level);
  values.push(options.disagreementLimit);
  const limit = `$${values.length}`;
  const result = await getPool().query<TAgreementSummaryRows>({
    text: `
      WITH latest AS MATERIALIZED (
        SELECT coalesce(trace_id, '') AS trace_id, coalesce(span_id, '') AS span_id,
               coalesce(session_id, '') AS session_id, coalesce(author_user_id, author_id) AS rater,
               (array_agg(${key} ORDER BY timestamp DESC, id DESC))[1] AS key, min(timestamp) AS first_at
          FROM score
         WHERE ${conditions.join(" AND ")} AND ${key} IS NOT NULL
         GROUP BY 1, 2, 3, 4
      ), units AS MATERIALIZED (
        SELECT trace_id, span_id, session_id, min(first_at) AS first_at, count(DISTINCT key) AS distinct_keys
          FROM latest GROUP BY 1, 2, 3 HAVING count(*) >= 2
      ), counted AS MATERIALIZED (
        SELECT latest.* FROM latest JOIN units USING (trace_id, span_id, session_id)
      ), unit_profiles AS (
        SELECT jsonb_agg(jsonb_build_object('key', key, 'count', count) ORDER BY key COLLATE "C") AS profile
          FROM (SELECT trace_id, span_id, session_id, key, count(*)::int AS count FROM counted GROUP BY 1, 2, 3, 4) v
         GROUP BY trace_id, span_id, session_id
      ), first_disagreements AS (
        SELECT trace_id, span_id, session_id, first_at FROM units
         WHERE distinct_keys > 1 ORDER BY first_at, trace_id, span_id, session_id LIMIT ${limit}
      )
      SELECT
        (SELECT coalesce(json_agg(DISTINCT rater), '[]') FROM counted) AS raters,
        (SELECT coalesce(json_agg(json_build_object('values', profile, 'targets', targets)), '[]')
           FROM (SELECT profile, count(*)::int AS targets FROM unit_profiles GROUP BY profile) p) AS "profiles",
        (SELECT coalesce(json_agg(json_build_object('a', a, 'b', b, 'x', x, 'y', y, 'n', n)), '[]')
           FROM (SELECT one.rater AS a, other.rater AS b, one.key AS x, other.key AS y, count(*)::int AS n
                   FROM counted one JOIN counted other USING (trace_id, span_id, session_id)
                  WHERE one.rater < other.rater
                  GROUP BY 1, 2, 3, 4) c) AS "pairCells",
        (SELECT coalesce(json_agg(json_build_object('trace_id', trace_id, 'span_id', span_id,
                  'session_id', session_id, 'values', values) ORDER BY first_at, trace_id, span_id, session_id), '[]')
           FROM (SELECT d.trace_id, d.span_id, d.session_id, d.first_at,
                        json_agg(json_build_object('rater', c.rater, 'key', c.key)) AS values
                   FROM first_disagreements d JOIN counted c USING (trace_id, span_id, session_id)
                  GROUP BY 1, 2, 3, 4) g) AS disagreements`,
    values,
  });
  return result.rows[0]!;
}

/**
 * The SQL of a score's equality key, as `equalityKey` in @spanlight/eval computes it from the value
 * `ratingValue` reads: the label or the boolean for nominal data, else the number (a category
 * without a numeric value has none and drops out).
 */
function equalityKeySql(dataType: TScoreDataType, level: TAgreementLevel): string {
  if (level !== "nominal" || dataType === "NUMERIC") return "numeric_value::text";
  return dataType === "BOOLEAN" ? "(string_value = 'true')::text" : "string_value";
}

/** The data type most scores of the name have (ties: the one scored first), null when none matched. */
export async function dominantScoreDataType(options: TScoreWindow): Promise<TScoreDataType | null> {
  const { conditions, values } = scoreWindowSql(options);
  const result = await getPool().query<{ data_type: TScoreDataType }>({
    text: `SELECT data_type::text AS data_type FROM score WHERE ${conditions.join(" AND ")}
            GROUP BY data_type ORDER BY count(*) DESC, min(timestamp) LIMIT 1`,
    values,
  });
  return result.rows[0]?.data_type ?? null;
}
