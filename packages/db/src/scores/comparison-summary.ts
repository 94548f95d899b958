import { getPool } from "../client.ts";
import { TARGET_KEY_SQL } from "./agreement-summary.ts";
import { queryWithWorkMem } from "./query-with-work-mem.ts";
import { scoreWindowSql, type TScoreWindow } from "./score-filter-sql.ts";

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
  /** `target` is the target's key (TARGET_KEY_SQL). */
  worst: Array<{ target: string; a: string | number; b: string | number }>;
};

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
  const sideConditions = (window: TScoreWindow) => {
    const side = scoreWindowSql(window);
    const offset = values.length;
    values.push(...side.values);
    // Renumber the side's placeholders after the other side's.
    return side.conditions
      .map((condition) => condition.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`))
      .join(" AND ");
  };
  const value = options.isNumeric
    ? "numeric_value"
    : `CASE data_type WHEN 'NUMERIC' THEN numeric_value::text WHEN 'BOOLEAN' THEN (string_value = 'true')::text
            ELSE string_value END`;
  // A side's scores with a value; on a target with an adjudicated score, only that score.
  const sideRows = (name: string, conditions: string) => `
      ${name}_final AS (SELECT DISTINCT ${TARGET_KEY_SQL} AS target FROM score WHERE ${conditions} AND is_adjudicated),
      ${name}_rows AS (
        SELECT ${TARGET_KEY_SQL} AS target, coalesce(author_user_id, author_id, '(none)') AS author,
               to_char(timestamp AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, ${value} AS v, timestamp AS at
          FROM score LEFT JOIN ${name}_final ON ${name}_final.target = ${TARGET_KEY_SQL}
         WHERE ${conditions} AND ${value} IS NOT NULL AND (is_adjudicated OR ${name}_final.target IS NULL)
      )`;
  const aRows = sideRows("a", sideConditions(options.a));
  const bRows = sideRows("b", sideConditions(options.b));
  values.push(options.worstLimit);
  const limit = `$${values.length}`;
  const parts = [
    "SELECT 'all' AS part, '' AS g, target, v, at FROM a_rows",
    "SELECT 'author', author, target, v, at FROM a_rows",
    ...(options.byDay ? ["SELECT 'day', day, target, v, at FROM a_rows"] : []),
  ];
  const pearson = (x: string, y: string) =>
    options.isNumeric
      ? `CASE WHEN var_pop(${x}) * count(*) <= ${EPSILON} OR var_pop(${y}) * count(*) <= ${EPSILON} THEN NULL
              ELSE corr(${x}, ${y}) END`
      : "NULL::float8";
  const worstOrder = options.isNumeric ? "abs(a - b) DESC, first_at, target" : "first_at, target";
  const result = await queryWithWorkMem<TComparisonSummaryRows>({
    text: `
      WITH ${aRows}, ${bRows},
      a_parts AS (${parts.join(" UNION ALL ")}),
      b_parts AS (SELECT 'all' AS part, '' AS g, target, v, at FROM b_rows),
      ${resolveSql("a", options.isNumeric)},
      ${resolveSql("b", options.isNumeric)},
      joined AS MATERIALIZED (
        SELECT a.part, a.g, target, a.v AS a, b.v AS b, a.first_at
          FROM a_resolved a JOIN (SELECT target, v FROM b_resolved) b USING (target)
      ),
      ranked AS (
        SELECT rank() OVER (ORDER BY a) + (count(*) OVER (PARTITION BY a) - 1) / 2.0 AS rank_a,
               rank() OVER (ORDER BY b) + (count(*) OVER (PARTITION BY b) - 1) / 2.0 AS rank_b
          FROM joined WHERE part = 'all'
      )
      SELECT
        (SELECT coalesce(json_agg(author), '[]') FROM (SELECT author FROM a_rows GROUP BY author) r) AS authors,
        (SELECT coalesce(json_agg(json_build_object('part', part, 'group', g, 'cells', cells, 'pearson', pearson)), '[]')
           FROM (SELECT part, g, json_agg(json_build_object('a', a, 'b', b, 'n', n)) AS cells
                   FROM (SELECT part, g, a, b, count(*)::int AS n FROM joined GROUP BY 1, 2, 3, 4) c GROUP BY 1, 2) cells
           JOIN (SELECT part, g, ${pearson("a", "b")} AS pearson FROM joined GROUP BY 1, 2) correlated USING (part, g))
          AS groups,
        ${options.isNumeric ? `(SELECT ${pearson("rank_a::float8", "rank_b::float8")} FROM ranked)` : "NULL::float8"} AS spearman,
        ${options.isNumeric ? "(SELECT avg(abs(a - b)) FROM joined WHERE part = 'all')" : "NULL::float8"}
          AS "meanAbsoluteError",
        (SELECT coalesce(json_agg(json_build_object('target', target, 'a', a, 'b', b) ORDER BY ${worstOrder}), '[]')
           FROM (SELECT * FROM joined WHERE part = 'all' AND a <> b ORDER BY ${worstOrder} LIMIT ${limit}) w) AS worst`,
    values,
  });
  return result.rows[0]!;
}

/**
 * One value per (part, group, target) of a side's `<side>_parts`: the mean (numeric), else the
 * label more of its scores gave than any other (a tie leaves the target out). Hash aggregates only.
 */
function resolveSql(side: string, isNumeric: boolean): string {
  if (isNumeric)
    return `${side}_resolved AS (
      SELECT part, g, target, avg(v) AS v, min(at) AS first_at FROM ${side}_parts GROUP BY part, g, target)`;
  return `${side}_counts AS (
      SELECT part, g, target, v, count(*) AS n, min(at) AS first_at FROM ${side}_parts GROUP BY part, g, target, v
    ),
    ${side}_tops AS (
      SELECT part, g, target, max(n) AS top, min(first_at) AS first_at FROM ${side}_counts GROUP BY part, g, target
    ),
    ${side}_resolved AS (
      SELECT c.part, c.g, c.target, min(c.v) AS v, t.first_at
        FROM ${side}_counts c JOIN ${side}_tops t USING (part, g, target)
       WHERE c.n = t.top
       GROUP BY c.part, c.g, c.target, t.first_at HAVING count(*) = 1
    )`;
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
