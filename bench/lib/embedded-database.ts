import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "@spanlight/db/embedded";
import { applyMigrations } from "@spanlight/db/migrate";
import { REPO_ROOT } from "./spanlight-server.ts";

/** A throw-away embedded PostgreSQL with Spanlight's migrations applied, as `npm start` prepares it. */
export async function startBenchDatabase(): Promise<{ databaseUrl: string; stop: () => Promise<void> }> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "spanlight-bench-db-"));
  const postgres = await startEmbeddedPostgres({ dataDir });
  try {
    await applyMigrations({
      databaseUrl: postgres.databaseUrl,
      migrationsDir: path.join(REPO_ROOT, "prisma/migrations"),
    });
  } catch (error) {
    await postgres.stop();
    throw error;
  }
  return {
    databaseUrl: postgres.databaseUrl,
    stop: async () => {
      await postgres.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
