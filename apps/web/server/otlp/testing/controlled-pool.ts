import { findFreePort } from "@spanlight/db/embedded";
import pg from "pg";

/**
 * What a test SpanWriter's connections do:
 * - "up": the real test database;
 * - "held": connect() waits until the mode changes, so the writer's transaction is in flight and its
 *   queue fills deterministically, however fast the machine is;
 * - "down": a pg.Pool pointing at a port nothing listens on, so connecting fails with ECONNREFUSED.
 * Only the writer gets this pool: API keys and prices are still read through the real getPool().
 */
export type TPoolMode = "up" | "held" | "down";

export type TControlledPool = {
  pool: pg.Pool;
  setMode: (mode: TPoolMode) => void;
  close: () => Promise<void>;
};

export async function createControlledPool(realPool: pg.Pool): Promise<TControlledPool> {
  const unreachable = new pg.Pool({
    connectionString: `postgresql://spanlight:unused@127.0.0.1:${await findFreePort()}/spanlight`,
    connectionTimeoutMillis: 5_000,
  });
  unreachable.on("error", () => {});
  let mode: TPoolMode = "up";
  let held: Promise<void> = Promise.resolve();
  let release = (): void => {};

  const connect = async (): Promise<pg.PoolClient> => {
    await held;
    return mode === "down" ? unreachable.connect() : realPool.connect();
  };
  // SpanWriter only ever calls pool.connect(); the rest of the Pool surface is not needed.
  const pool = { connect } as unknown as pg.Pool;

  return {
    pool,
    setMode(next) {
      if (next === "held" && mode !== "held") held = new Promise((resolve) => (release = resolve));
      if (next !== "held") release();
      mode = next;
    },
    close: () => unreachable.end(),
  };
}
