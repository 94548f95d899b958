import { PrismaPg } from "@prisma/adapter-pg";
import { getServerConfig } from "@spanlight/core/server";
import pg from "pg";
import { PrismaClient } from "./generated/prisma/client.ts";

export type TDb = PrismaClient;

type TDbHandles = { prisma: PrismaClient; pool: pg.Pool; url: string };

// One pool per process, even when Next bundles this module more than once (route handlers and the
// custom server load separate copies), so the handles live on globalThis.
const GLOBAL_KEY = Symbol.for("spanlight.db");
const globalHandles = globalThis as unknown as { [GLOBAL_KEY]?: TDbHandles };

function databaseUrl(): string {
  const url = getServerConfig().databaseUrl;
  if (!url) throw new Error("DATABASE_URL is not set: start Spanlight with `npm start`, which provides one.");
  return url;
}

function handles(): TDbHandles {
  const url = databaseUrl();
  const existing = globalHandles[GLOBAL_KEY];
  if (existing && existing.url === url) return existing;
  const pool = new pg.Pool({ connectionString: url, max: 20, idleTimeoutMillis: 30_000 });
  // An idle client losing its connection (database restart) must not crash the process.
  pool.on("error", () => {});
  const created = { prisma: new PrismaClient({ adapter: new PrismaPg(pool) }), pool, url };
  globalHandles[GLOBAL_KEY] = created;
  return created;
}

/** The Prisma client. Only query modules inside packages/db use it. */
export function getDb(): PrismaClient {
  return handles().prisma;
}

/** The raw pg pool, for hot paths written in SQL (bulk span writes, list queries). */
export function getPool(): pg.Pool {
  return handles().pool;
}

export async function closeDb(): Promise<void> {
  const existing = globalHandles[GLOBAL_KEY];
  if (!existing) return;
  delete globalHandles[GLOBAL_KEY];
  await existing.prisma.$disconnect();
  await existing.pool.end();
}

/** True when PostgreSQL answers a trivial query within the timeout. */
export async function pingDatabase(timeoutMs = 2_000): Promise<boolean> {
  try {
    const client = await Promise.race([
      getPool().connect(),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error("timeout")), timeoutMs)),
    ]);
    try {
      await client.query("SELECT 1");
      return true;
    } finally {
      client.release();
    }
  } catch {
    return false;
  }
}
