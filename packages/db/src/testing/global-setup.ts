// vitest globalSetup for the `integration` project: one real PostgreSQL for the run (the embedded
// one, or TEST_DATABASE_URL when given and local), a fresh database in it, migrated.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "../embedded/index.ts";
import { applyMigrations } from "../migrate/index.ts";

const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../../prisma/migrations");

declare module "vitest" {
  // Declaration merging needs an interface here.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export function assertLocalDatabaseUrl(url: string): void {
  const host = new URL(url).hostname;
  if (!["localhost", "127.0.0.1", "::1", "[::1]"].includes(host)) {
    throw new Error(
      `TEST_DATABASE_URL points at ${host}: tests create and drop databases, so only a local server is allowed.`,
    );
  }
}

export default async function setup(project: TestProject) {
  const given = process.env.TEST_DATABASE_URL;
  if (given) assertLocalDatabaseUrl(given);
  const dataDir = given ? null : await mkdtemp(path.join(os.tmpdir(), "spanlight-itest-"));
  const embedded = dataDir ? await startEmbeddedPostgres({ dataDir }) : null;
  const serverUrl = given ?? embedded!.databaseUrl;

  const databaseName = `spanlight_test_${process.pid}_${Date.now()}`;
  await withAdmin(serverUrl, (client) => client.query(`CREATE DATABASE "${databaseName}"`));
  const databaseUrl = withDatabase(serverUrl, databaseName);
  await applyMigrations({ databaseUrl, migrationsDir: MIGRATIONS_DIR });
  project.provide("databaseUrl", databaseUrl);

  return async () => {
    await withAdmin(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`));
    await embedded?.stop();
    // As root with a private temp folder the cluster lives outside the data folder (choose-cluster-dir.ts).
    if (embedded) await rm(embedded.clusterDir, { recursive: true, force: true });
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  };
}

async function withAdmin<T>(serverUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, "postgres") });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
