import type pg from "pg";
import { getPool } from "../client.ts";

/**
 * One read-only statement with more sort and hash memory than the server default (4 MB), for the
 * aggregates over a whole score name: at 4 MB every step spilled to disk and ran about 3x slower
 * (bench/agreement). The setting ends with the statement's transaction.
 */
export async function queryWithWorkMem<TRow extends pg.QueryResultRow>(
  query: pg.QueryConfig,
  workMem = "64MB",
): Promise<pg.QueryResult<TRow>> {
  const client = await getPool().connect();
  try {
    await client.query("BEGIN READ ONLY");
    await client.query("SELECT set_config('work_mem', $1, true)", [workMem]);
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
