import path from "node:path";
import { defineConfig } from "prisma/config";

// Used by `prisma generate` (client generation needs no database and no engine download).
// Migrations are created and applied by packages/db/scripts with Prisma's WebAssembly schema engine,
// because the CLI's native engine cannot be downloaded on offline machines (docs/ENVIRONMENT.md).
export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
});
