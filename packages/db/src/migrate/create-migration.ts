import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { DiffTarget } from "@prisma/schema-engine-wasm/schema_engine_bg";
import { openSchemaEngine } from "./load-schema-engine.ts";
import { LOCKFILE_CONTENT, LOCKFILE_NAME, readMigrationList } from "./migrations-folder.ts";

/** Each migration folder keeps the schema it was made from, so the next diff needs no database. */
export const SCHEMA_SNAPSHOT_NAME = "schema.prisma";
const EMPTY_MIGRATION_MARK = "This is an empty migration.";

export type TCreateMigrationResult = { folder: string; sql: string } | { folder: null; sql: null };

/**
 * Writes a new migration from the difference between the schema as of the last migration and the
 * current schema. It diffs datamodels only (no shadow database, nothing read from the database),
 * which works offline on any
 * PostgreSQL version (docs/ENVIRONMENT.md explains why the describe-based way is avoided).
 */
export async function createMigration(options: {
  schemaPath: string;
  migrationsDir: string;
  name: string;
  /** The engine opens a connection even for a datamodel diff; it reads nothing from it. */
  databaseUrl: string;
  now?: Date;
}): Promise<TCreateMigrationResult> {
  const currentSchema = await readFile(options.schemaPath, "utf8");
  const list = await readMigrationList(options.migrationsDir);
  const lastFolder = list.migrationDirectories.at(-1)?.path;
  const from = lastFolder ? await snapshotTarget(options.migrationsDir, lastFolder) : { tag: "empty" as const };

  const { engine, close } = await openSchemaEngine({ databaseUrl: options.databaseUrl });
  let sql: string;
  try {
    const result = await engine.diff({
      from,
      to: { tag: "schemaDatamodel", files: [{ path: options.schemaPath, content: currentSchema }] },
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    });
    sql = result.stdout ?? "";
  } finally {
    await close();
  }
  if (sql.includes(EMPTY_MIGRATION_MARK)) return { folder: null, sql: null };

  const folder = `${timestampOf(options.now ?? new Date())}_${slugOf(options.name)}`;
  const folderPath = path.join(options.migrationsDir, folder);
  await mkdir(folderPath, { recursive: true });
  await writeFile(path.join(folderPath, "migration.sql"), sql);
  await writeFile(path.join(folderPath, SCHEMA_SNAPSHOT_NAME), currentSchema);
  const lockPath = path.join(options.migrationsDir, LOCKFILE_NAME);
  if (!existsSync(lockPath)) await writeFile(lockPath, LOCKFILE_CONTENT);
  return { folder, sql };
}

async function snapshotTarget(migrationsDir: string, folder: string): Promise<DiffTarget> {
  const snapshotPath = path.join(migrationsDir, folder, SCHEMA_SNAPSHOT_NAME);
  if (!existsSync(snapshotPath)) {
    throw new Error(`${snapshotPath} is missing: every migration folder keeps the schema it was made from.`);
  }
  return { tag: "schemaDatamodel", files: [{ path: snapshotPath, content: await readFile(snapshotPath, "utf8") }] };
}

function timestampOf(date: Date): string {
  return date.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

function slugOf(name: string): string {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "");
  if (!slug) throw new Error("A migration needs a name, e.g. `npm run db:migration:create -- add_scores`.");
  return slug;
}
