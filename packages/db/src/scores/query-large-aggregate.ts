import type pg from "pg";
import { getPool } from "../client.ts";

/**
 * One read-only statement that aggregates a whole score name, in a transaction of its own with
 * settings for that kind of work (bench/agreement measured both):
 * - 64 MB of sort and hash memory instead of the default 4 MB, at which every step spilled to disk
 *   and ran about 3x slower;
 * - no nested loops: its joins are between sets of 100 k rows whose sizes the planner cannot
 *   estimate (CTEs, HAVING), and an estimate of one row turned a hash join into a nested loop that
 *   ran for minutes.
 */
export async function queryLargeAggregate<TRow extends pg.QueryResultRow>(
  query: pg.QueryConfig,
): Promise<pg.QueryResult<TRow>> {
  const client = await getPool().connect();
  try {
    await client.query("BEGIN READ ONLY");
    await client.query("SELECT set_config('work_mem', '64MB', true), set_config('enable_nestloop', 'off', true)");
    const result = await client.query<TRow>(query);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
