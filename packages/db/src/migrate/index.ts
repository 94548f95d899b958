export { applyMigrations } from "./apply-migrations.ts";
export type { TApplyMigrationsResult } from "./apply-migrations.ts";
export { createMigration } from "./create-migration.ts";
export type { TCreateMigrationResult } from "./create-migration.ts";
