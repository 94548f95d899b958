import { getPool } from "../client.ts";
import { scoreWindowSql, type TScoreWindow } from "./score-filter-sql.ts";

type TTargetColumns = { trace_id: string; span_id: string; session_id: string };
type TCellRow = { a: string | number; b: string | number; n: number };

/** One comparison's cells and Pearson's r: overall (group ""), per side-a author, per day of side a. */
export type TComparisonGroupRow = {
  part: "all" | "author" | "day";
  group: string;
  cells: TCellRow[];
  pearson: number | null;
};

/**
 * Compare's sufficient statistics counted by PostgreSQL (as `summariseComparison` in @spanlight/eval
 * counts them from ratings): values are numbers for numeric comparisons, else the label's text.
 */
export type TComparisonSummaryRows = {
  /** Every author of side a, also those who share no target with side b. */
  authors: string[];
  groups: TComparisonGroupRow[];
  spearman: number | null;
  meanAbsoluteError: number | null;
  worst: Array<TTargetColumns & { a: string | number; b: string | number }>;
};

const TARGET = "trace_id, span_id, session_id";
// pearson's own guard: no variance on either side (below rounding) is no correlation.
const EPSILON = "1e-12";

/**
 * Side a against side b over the targets both rated. A side's scores on a target where an
 * adjudicated score exists are that adjudicated score alone; several values resolve to their mean
 * (numeric) or their majority label (a tie drops the target). Side a is resolved per target
 * overall, per author and (with `byDay`) per UTC day of its scores; side b per target.
 */
export async function summariseComparison(options: {
  a: TScoreWindow;
  b: TScoreWindow;
  isNumeric: boolean;
  byDay: boolean;
  worstLimit: number;
}): Promise<TComparisonSummaryRows> {
  const values: unknown[] = [];
  const sideRows = (window: TScoreWindow) => {
    const side = scoreWindowSql(window);
    const offset = values.length;
    values.push(...side.values);
    // Renumber the side's placeholders after the other side's.
    return side.conditions.map((condition) =>
      condition.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`),
    );
  };
  const value = options.isNumeric
    ? "numeric_value"
    : `CASE data_type WHEN 'NUMERIC' THEN numeric_value::text WHEN 'BOOLEAN' THEN (string_value = 'true')::text
            ELSE string_value END`;
  const rows = (conditions: string[]) => `
    SELECT ${TARGET}, author, day, v, at FROM (
      SELECT coalesce(trace_id, '') AS trace_id, coalesce(span_id, '') AS span_id, coalesce(session_id, '') AS session_id,
             coalesce(author_user_id, author_id, '(none)') AS author,
             to_char(timestamp AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, ${value} AS v, timestamp AS at, is_adjudicated,
             bool_or(is_adjudicated) OVER (PARTITION BY trace_id, span_id, session_id) AS has_final
        FROM score WHERE ${conditions.join(" AND ")}) s
     WHERE v IS NOT NULL AND (is_adjudicated OR NOT has_final)`;
  const aConditions = sideRows(options.a);
  const bConditions = sideRows(options.b);
  values.push(options.worstLimit);
  const limit = `$${values.length}`;
  const resolve = (source: string, group: string) =>
    options.isNumeric
      ? `SELECT ${group} AS g, ${TARGET}, avg(v) AS v, min(at) AS first_at FROM ${source} GROUP BY 1, ${TARGET}`
      : `SELECT g, ${TARGET}, (array_agg(v ORDER BY v) FILTER (WHERE n = top))[1] AS v, min(first_at) AS first_at
           FROM (SELECT *, max(n) OVER (PARTITION BY g, ${TARGET}) AS top
                   FROM (SELECT ${group} AS g, ${TARGET}, v, count(*) AS n, min(at) AS first_at
                           FROM ${source} GROUP BY 1, ${TARGET}, v) counted) ranked
          GROUP BY g, ${TARGET} HAVING count(*) FILTER (WHERE n = top) = 1`;
  const pearson = (x: string, y: string) =>
    options.isNumeric
      ? `CASE WHEN var_pop(${x}) * count(*) <= ${EPSILON} OR var_pop(${y}) * count(*) <= ${EPSILON} THEN NULL
              ELSE corr(${x}, ${y}) END`
      : "NULL::float8";
  const parts: Array<[string, string]> = [
    ["all", "''"],
    ["author", "author"],
    ...(options.byDay ? [["day", "day"] as [string, string]] : []),
  ];
  const partCtes = parts
    .map(
      ([part, group]) => `
      resolved_${part} AS (${resolve("a_rows", group)}),
      joined_${part} AS MATERIALIZED (
        SELECT a.g, ${TARGET}, a.v AS a, b.v AS b, a.first_at FROM resolved_${part} a JOIN b_resolved b USING (${TARGET})
      ),
      group_${part} AS (
        SELECT '${part}' AS part, g, cells, pearson
          FROM (SELECT g, json_agg(json_build_object('a', a, 'b', b, 'n', n)) AS cells
                  FROM (SELECT g, a, b, count(*)::int AS n FROM joined_${part} GROUP BY 1, 2, 3) c GROUP BY g) grouped
          JOIN (SELECT g, ${pearson("a", "b")} AS pearson FROM joined_${part} GROUP BY g) correlated USING (g)
      )`,
    )
    .join(",");
  const worstOrder = options.isNumeric ? "abs(a - b) DESC, first_at" : "first_at";
  const result = await getPool().query<TComparisonSummaryRows>({
    text: `
      WITH a_rows AS MATERIALIZED (${rows(aConditions)}),
      b_rows AS (${rows(bConditions)}),
      b_resolved AS MATERIALIZED (${resolve("b_rows", "''")}),
      ${partCtes},
      ranked AS (
        SELECT a, b,
               rank() OVER (ORDER BY a) + (count(*) OVER (PARTITION BY a) - 1) / 2.0 AS rank_a,
               rank() OVER (ORDER BY b) + (count(*) OVER (PARTITION BY b) - 1) / 2.0 AS rank_b
          FROM joined_all
      )
      SELECT
        (SELECT coalesce(json_agg(DISTINCT author), '[]') FROM a_rows) AS authors,
        (SELECT coalesce(json_agg(json_build_object('part', part, 'group', g, 'cells', cells, 'pearson', pearson)), '[]')
           FROM (${parts.map(([part]) => `SELECT * FROM group_${part}`).join(" UNION ALL ")}) groups) AS groups,
        ${options.isNumeric ? `(SELECT ${pearson("rank_a::float8", "rank_b::float8")} FROM ranked)` : "NULL::float8"} AS spearman,
        ${options.isNumeric ? "(SELECT avg(abs(a - b)) FROM joined_all)" : "NULL::float8"} AS "meanAbsoluteError",
        (SELECT coalesce(json_agg(json_build_object('trace_id', trace_id, 'span_id', span_id,
                  'session_id', session_id, 'a', a, 'b', b) ORDER BY ${worstOrder}), '[]')
           FROM (SELECT * FROM joined_all WHERE a <> b ORDER BY ${worstOrder}, ${TARGET} LIMIT ${limit}) w) AS worst`,
    values,
  });
  return result.rows[0]!;
}

/** The authors of one score name in a window (the judge versions to pick from), in text order. */
export async function listScoreAuthors(window: TScoreWindow): Promise<string[]> {
  const { conditions, values } = scoreWindowSql(window);
  const result = await getPool().query<{ author: string }>({
    text: `SELECT DISTINCT coalesce(author_user_id, author_id) AS author FROM score
            WHERE ${conditions.join(" AND ")} AND coalesce(author_user_id, author_id) IS NOT NULL`,
    values,
  });
  return result.rows.map((row) => row.author).sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
}
