// `npm run db:migration:create -- <name>`: a new migration folder from the schema diff, offline.
// The schema engine wants a live connection even for a datamodel diff; it reads nothing from it,
// so a throwaway embedded PostgreSQL serves when DATABASE_URL is unset.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { getServerConfig } from "@spanlight/core/server";
import { startEmbeddedPostgres } from "../src/embedded/index.ts";
import { createMigration } from "../src/migrate/index.ts";
import { MIGRATIONS_DIR, SCHEMA_PATH } from "./paths.ts";

const name = process.argv.slice(2).join("_");
const config = getServerConfig();
const scratchDir = config.databaseUrl ? null : await mkdtemp(path.join(os.tmpdir(), "spanlight-migration-"));
const embedded = scratchDir ? await startEmbeddedPostgres({ dataDir: scratchDir }) : null;
try {
  const databaseUrl = config.databaseUrl ?? embedded!.databaseUrl;
  const result = await createMigration({ schemaPath: SCHEMA_PATH, migrationsDir: MIGRATIONS_DIR, name, databaseUrl });
  console.log(
    result.folder === null
      ? "The schema matches the last migration: nothing to create."
      : `Created prisma/migrations/${result.folder}/migration.sql`,
  );
} finally {
  await embedded?.stop();
  if (scratchDir) await rm(scratchDir, { recursive: true, force: true });
}
