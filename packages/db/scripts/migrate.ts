// `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded PostgreSQL
// under SPANLIGHT_DATA_DIR when DATABASE_URL is unset (the same database `npm start` uses).
import { getServerConfig } from "@spanlight/core/server";
import { startEmbeddedPostgres } from "../src/embedded/index.ts";
import { applyMigrations } from "../src/migrate/index.ts";
import { MIGRATIONS_DIR } from "./paths.ts";

const config = getServerConfig();
const embedded = config.databaseUrl
  ? null
  : await startEmbeddedPostgres({ dataDir: config.dataDir, postgresDir: config.postgresDir });
try {
  const databaseUrl = config.databaseUrl ?? embedded!.databaseUrl;
  const { appliedMigrationNames } = await applyMigrations({ databaseUrl, migrationsDir: MIGRATIONS_DIR });
  console.log(
    appliedMigrationNames.length
      ? `Applied ${appliedMigrationNames.length} migration(s): ${appliedMigrationNames.join(", ")}`
      : "The database is up to date.",
  );
} finally {
  await embedded?.stop();
}
