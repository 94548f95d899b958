import { execFile, spawnSync } from "node:child_process";
import { promisify } from "node:util";
import { EmbeddedPostgresError } from "./embedded-postgres-error.ts";

const run = promisify(execFile);
const POSTGRES_USER = "postgres";

/** Who PostgreSQL runs as: `null` is the current user; as root, the unprivileged `postgres` user. */
export type TRunAs = { uid: number; gid: number } | null;

export function isRoot(): boolean {
  return process.getuid?.() === 0;
}

/**
 * PostgreSQL refuses to run as root, so as root it runs as `postgres`, created (as the
 * embedded-postgres package does) when the machine has none.
 */
export async function resolveRunAs(): Promise<TRunAs> {
  if (!isRoot()) return null;
  const existing = await lookUpPostgresUser();
  if (existing) return existing;
  try {
    await run("groupadd", ["--force", POSTGRES_USER]);
    await run("useradd", [
      "--system",
      "--gid",
      POSTGRES_USER,
      "--no-create-home",
      "--shell",
      "/usr/sbin/nologin",
      POSTGRES_USER,
    ]);
  } catch (error) {
    throw new EmbeddedPostgresError(
      `PostgreSQL cannot run as root and the "${POSTGRES_USER}" user could not be created (${firstLine(error)}): create it (useradd --system postgres) or set DATABASE_URL to a PostgreSQL server.`,
    );
  }
  const created = await lookUpPostgresUser();
  if (!created)
    throw new EmbeddedPostgresError(
      `The "${POSTGRES_USER}" user was created but cannot be found: set DATABASE_URL instead.`,
    );
  return created;
}

async function lookUpPostgresUser(): Promise<{ uid: number; gid: number } | null> {
  try {
    const [uid, gid] = await Promise.all([run("id", ["-u", POSTGRES_USER]), run("id", ["-g", POSTGRES_USER])]);
    return { uid: Number.parseInt(uid.stdout, 10), gid: Number.parseInt(gid.stdout, 10) };
  } catch {
    return null;
  }
}

/**
 * Asks the kernel rather than reading modes: `test` runs as the PostgreSQL user, so groups, ACLs and
 * every parent folder count exactly as they will for PostgreSQL itself.
 */
export function canRunAsReach(runAs: TRunAs, target: string, test: "-x" | "-w" = "-x"): boolean {
  const result = spawnSync("test", [test, target], { ...(runAs ?? {}), stdio: "ignore" });
  return result.status === 0;
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
}
