// `npm run db:generate`: generates the Prisma client. Generation needs no schema engine, but the
// CLI insists one exists and would download it, so point it at a placeholder (docs/ENVIRONMENT.md).
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { REPO_ROOT } from "./paths.ts";

const placeholder = path.join(os.tmpdir(), "spanlight-prisma", "schema-engine-placeholder");
if (!existsSync(placeholder)) {
  mkdirSync(path.dirname(placeholder), { recursive: true });
  writeFileSync(placeholder, "#!/bin/sh\necho 'Spanlight applies migrations with the WebAssembly engine' >&2\nexit 1\n");
  chmodSync(placeholder, 0o755);
}
execFileSync("npx", ["prisma", "generate"], {
  cwd: REPO_ROOT,
  stdio: "inherit",
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? placeholder,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
  },
});
