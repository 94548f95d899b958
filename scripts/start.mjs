// `npm start`: builds what is not built yet (turbo skips what is up to date), then runs the server.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
// Container images are built when the image is made (Dockerfile), so they skip this step.
const build = process.env.SPANLIGHT_SKIP_BUILD === "1" ? { status: 0 } : spawnSync("npx", ["turbo", "run", "build", "--output-logs=errors-only", "--log-prefix=none"], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1", TURBO_NO_UPDATE_NOTIFIER: "1", NEXT_TELEMETRY_DISABLED: "1" },
});
if (build.status !== 0) process.exit(build.status ?? 1);

const { register } = await import("tsx/esm/api");
register();
process.env.NODE_ENV = "production";
process.env.NEXT_TELEMETRY_DISABLED = "1";
await import(path.join(root, "apps/web/server/main.ts"));
