import { getPool } from "../client.ts";
import { scoreWindowSql, type TScoreWindow } from "./score-filter-sql.ts";

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
