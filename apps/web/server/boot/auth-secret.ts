import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * Sessions are signed with this secret. Without SPANLIGHT_AUTH_SECRET one is made on first start
 * and kept (mode 0600) in the data folder, so sessions survive restarts.
 */
export async function resolveAuthSecret(options: { configured: string | undefined; dataDir: string }): Promise<string> {
  if (options.configured) return options.configured;
  const secretPath = path.join(options.dataDir, "auth-secret");
  if (existsSync(secretPath)) return (await readFile(secretPath, "utf8")).trim();
  await mkdir(options.dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  await writeFile(secretPath, secret, { mode: 0o600 });
  return secret;
}
