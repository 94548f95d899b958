import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "@spanlight/db/embedded";
import { applyMigrations } from "@spanlight/db/migrate";
import { REPO_ROOT } from "../lib/spanlight-server.ts";

export type TExplorerDatabase = { databaseUrl: string; dataDir: string; stop: () => Promise<void> };

/** A throw-away embedded PostgreSQL with the migrations applied; its folder is deleted on stop unless kept. */
export async function startExplorerDatabase(options: { keepData: boolean }): Promise<TExplorerDatabase> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "spanlight-explorer-bench-"));
  const remove = () => {
    if (!options.keepData) rmSync(dataDir, { recursive: true, force: true });
  };
  // Ctrl-C reaches PostgreSQL too (same process group): it shuts down fast; the folder goes as the process ends.
  process.once("exit", remove);
  let postgres;
  try {
    postgres = await startEmbeddedPostgres({ dataDir });
  } catch (error) {
    remove();
    throw error;
  }
  const stop = async () => {
    await postgres.stop();
    remove();
  };
  try {
    await applyMigrations({ databaseUrl: postgres.databaseUrl, migrationsDir: path.join(REPO_ROOT, "prisma/migrations") });
  } catch (error) {
    await stop();
    throw error;
  }
  return { databaseUrl: postgres.databaseUrl, dataDir, stop };
}
