import path from "node:path";
import { fileURLToPath } from "node:url";
import type { TServerConfig } from "@spanlight/core/server";
import { startEmbeddedPostgres } from "@spanlight/db/embedded";
import { applyMigrations } from "@spanlight/db/migrate";
import type { TLogger } from "../logger.ts";

const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../../prisma/migrations");

export type TPreparedDatabase = { databaseUrl: string; isEmbedded: boolean; stop: () => Promise<void> };

/** The configured PostgreSQL, or an embedded one under the data folder; migrated either way. */
export async function prepareDatabase(config: TServerConfig, logger: TLogger): Promise<TPreparedDatabase> {
  const embedded = config.databaseUrl
    ? null
    : await startEmbeddedPostgres({
        dataDir: config.dataDir,
        postgresDir: config.postgresDir,
        onLog: (message) => logger.debug({ postgres: message.trim() }),
      });
  const databaseUrl = config.databaseUrl ?? embedded!.databaseUrl;
  if (embedded) logger.info(`Embedded PostgreSQL is running with its data in ${embedded.clusterDir}`);
  try {
    const { appliedMigrationNames } = await applyMigrations({ databaseUrl, migrationsDir: MIGRATIONS_DIR });
    if (appliedMigrationNames.length) logger.info(`Applied migrations: ${appliedMigrationNames.join(", ")}`);
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
  return { databaseUrl, isEmbedded: embedded !== null, stop: async () => embedded?.stop() };
}
