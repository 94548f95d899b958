import { defineConfig } from "vitest/config";

// Two projects: `unit` (pure, colocated *.test.ts) and `integration` (*.itest.ts, real PostgreSQL,
// run one file at a time because they share one database server).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["packages/*/src/**/*.test.ts", "apps/web/src/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        test: {
          name: "integration",
          include: ["packages/*/src/**/*.itest.ts", "packages/*/test/**/*.itest.ts", "apps/web/**/*.itest.ts"],
          environment: "node",
          globalSetup: ["packages/db/src/testing/global-setup.ts"],
          setupFiles: ["packages/db/src/testing/setup-env.ts"],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
