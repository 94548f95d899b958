import type { TAgreementLevel, TScoreDataType } from "@spanlight/core";
import { getPool } from "../client.ts";
import { queryLargeAggregate } from "./query-large-aggregate.ts";
import { scoreWindowSql, type TScoreWindow } from "./score-filter-sql.ts";

/**
 * The SQL of a score's target as one text: trace, span and session ids (empty when absent) joined
 * by U+0001, the key the agreement service uses for a target.
 */
export const TARGET_KEY_SQL = `coalesce(trace_id, '') || chr(1) || coalesce(span_id, '') || chr(1) || coalesce(session_id, '')`;

/**
 * Agreement's sufficient statistics for one score name, counted by PostgreSQL: the rating patterns
 * (which raters gave which values on a target, and on how many targets) and the first
 * disagreements. A few hundred rows cross the wire whatever the number of scores, so neither time
 * nor memory grows with it (bench/agreement measures it).
 */
export type TAgreementSummaryRows = {
  patterns: Array<{ raters: string[]; keys: string[]; targets: number }>;
  disagreements: Array<{ target: string; raters: string[]; keys: string[] }>;
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
  // One sort of the name's scores by target and rater; the rest aggregates in memory.
  const result = await queryLargeAggregate<TAgreementSummaryRows>({
    text: `
      WITH latest AS (
        SELECT target, rater, (array_agg(key ORDER BY timestamp DESC, id DESC))[1] AS key, min(timestamp) AS first_at
          FROM (SELECT ${TARGET_KEY_SQL} AS target, coalesce(author_user_id, author_id) AS rater, ${key} AS key,
                       timestamp, id
                  FROM score WHERE ${conditions.join(" AND ")} AND ${key} IS NOT NULL) rated
         GROUP BY target, rater
      ), units AS MATERIALIZED (
        SELECT target, array_agg(rater ORDER BY rater) AS raters, array_agg(key ORDER BY rater) AS keys,
               min(key) <> max(key) AS differs, min(first_at) AS first_at
          FROM latest GROUP BY target HAVING count(*) >= 2
      )
      SELECT
        (SELECT coalesce(json_agg(json_build_object('raters', raters, 'keys', keys, 'targets', targets)), '[]')
           FROM (SELECT raters, keys, count(*)::int AS targets FROM units GROUP BY raters, keys) p) AS patterns,
        (SELECT coalesce(json_agg(json_build_object('target', target, 'raters', raters, 'keys', keys)
                  ORDER BY first_at, target), '[]')
           FROM (SELECT * FROM units WHERE differs ORDER BY first_at, target LIMIT ${limit}) d) AS disagreements`,
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
