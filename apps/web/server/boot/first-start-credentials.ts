import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { TFirstStartCredentials } from "./initialise.ts";

export const CREDENTIALS_FILE = "initial-credentials";

/**
 * Where the generated owner password and secret key go when nobody watches the terminal (a
 * service, a container, CI): a file only the owner can read, never the log. `wx` never overwrites a
 * file a person may already have read the password from.
 */
export async function writeFirstStartCredentials(options: {
  dataDir: string;
  url: string;
  credentials: TFirstStartCredentials;
}): Promise<string> {
  const file = path.join(options.dataDir, CREDENTIALS_FILE);
  const { email, password, publicKey, secretKey } = options.credentials;
  await mkdir(options.dataDir, { recursive: true });
  await writeFile(file, `${JSON.stringify({ email, password, publicKey, secretKey, url: options.url }, null, 2)}\n`, {
    mode: 0o600,
    flag: "wx",
  });
  return file;
}
