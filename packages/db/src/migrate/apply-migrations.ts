import { openSchemaEngine } from "./load-schema-engine.ts";
import { readMigrationList } from "./migrations-folder.ts";

export type TApplyMigrationsResult = { appliedMigrationNames: string[] };

/**
 * Applies the pending folders of prisma/migrations and records them in `_prisma_migrations`, exactly
 * as `prisma migrate deploy` does; a second call is a no-op.
 */
export async function applyMigrations(options: {
  databaseUrl: string;
  migrationsDir: string;
}): Promise<TApplyMigrationsResult> {
  const { engine, close } = await openSchemaEngine({ databaseUrl: options.databaseUrl });
  try {
    const migrationsList = await readMigrationList(options.migrationsDir);
    const result = await engine.applyMigrations({
      migrationsList,
      filters: { externalTables: [], externalEnums: [] },
    });
    return { appliedMigrationNames: result.appliedMigrationNames };
  } finally {
    await close();
  }
}
