import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, chown, cp, mkdir, readFile, rename, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { EmbeddedPostgresError, errnoCode } from "./embedded-postgres-error.ts";
import type { TRunAs } from "./postgres-user.ts";

/** A PostgreSQL installation: `bin/` (initdb, postgres), `lib/` and `share/` beside each other. */
export type TPostgresBinaries = { dir: string; initdb: string; postgres: string; version: string };

/**
 * The PostgreSQL build the `embedded-postgres` package installed for this platform. It finds `lib/`
 * and `share/` relative to its own binaries, so a copy of the folder works anywhere.
 */
export async function locatePlatformBinaries(): Promise<TPostgresBinaries> {
  const platformPackage = `@embedded-postgres/${process.platform}-${process.arch}`;
  const fromEmbedded = createRequire(createRequire(import.meta.url).resolve("embedded-postgres"));
  let entryPath: string;
  try {
    // The package exports only its entry (dist/index.js), not its package.json.
    entryPath = fromEmbedded.resolve(platformPackage);
  } catch {
    throw new EmbeddedPostgresError(
      `No embedded PostgreSQL build for ${process.platform}-${process.arch} (${platformPackage} is not installed): run npm install again, or set DATABASE_URL to a PostgreSQL server.`,
    );
  }
  const packageDir = path.resolve(path.dirname(entryPath), "..");
  const { version } = JSON.parse(await readFile(path.join(packageDir, "package.json"), "utf8")) as { version: string };
  return binariesIn(path.join(packageDir, "native"), version);
}

export function binariesIn(dir: string, version: string): TPostgresBinaries {
  return { dir, initdb: path.join(dir, "bin", "initdb"), postgres: path.join(dir, "bin", "postgres"), version };
}

/** Runs `postgres --version` as the user PostgreSQL will run as: the binary, its libraries and every parent folder must be reachable. */
export function canRunBinaries(binaries: TPostgresBinaries, runAs: TRunAs): boolean {
  const result = spawnSync(binaries.postgres, ["--version"], { ...(runAs ?? {}), stdio: "ignore" });
  return result.error === undefined && result.status === 0;
}

/**
 * As root, `postgres` cannot reach binaries inside a private folder (a clone in /root or in a
 * `mktemp -d`). They are copied once per version into `stageDir` (root-owned, group `postgres`, 0750)
 * rather than opening up the user's folders. The copy is made beside its final name and renamed,
 * so a half-copied folder is never used and two starts at once do not clash.
 */
export async function stageBinaries(options: {
  binaries: TPostgresBinaries;
  stageDir: string;
  runAs: NonNullable<TRunAs>;
}): Promise<TPostgresBinaries> {
  const { binaries, stageDir, runAs } = options;
  const target = path.join(stageDir, `postgres-${binaries.version}`);
  const staged = binariesIn(target, binaries.version);
  if (existsSync(target)) {
    if (canRunBinaries(staged, runAs)) return staged;
    // Never deleted here: another Spanlight may be running from it.
    throw new EmbeddedPostgresError(
      `${target} exists but the postgres user cannot run PostgreSQL from it: remove that folder (with Spanlight stopped) or set SPANLIGHT_POSTGRES_DIR to another folder.`,
    );
  }
  try {
    await ensurePostgresGroupDir(stageDir, runAs);
    const temporary = `${target}.partial-${randomBytes(4).toString("hex")}`;
    await cp(binaries.dir, temporary, { recursive: true, verbatimSymlinks: true, preserveTimestamps: true });
    await rename(temporary, target).catch(async (error: unknown) => {
      // Another start staged the same version a moment earlier: use theirs.
      await rm(temporary, { recursive: true, force: true });
      if (!existsSync(staged.postgres)) throw error;
    });
  } catch (error) {
    throw new EmbeddedPostgresError(
      `Could not copy PostgreSQL's binaries to ${stageDir} for the postgres user (${errnoCode(error) ?? String(error)}): set SPANLIGHT_POSTGRES_DIR to a folder root can write, or set DATABASE_URL.`,
    );
  }
  if (!canRunBinaries(staged, runAs)) {
    throw new EmbeddedPostgresError(
      `The postgres user cannot run PostgreSQL from ${target}: set SPANLIGHT_POSTGRES_DIR to a folder whose parents that user can enter (not under a private home), or set DATABASE_URL.`,
    );
  }
  return staged;
}

/** A folder only root and the `postgres` group may enter (0750), created if missing. */
export async function ensurePostgresGroupDir(dir: string, runAs: NonNullable<TRunAs>): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o750 });
  await chown(dir, 0, runAs.gid);
  await chmod(dir, 0o750);
}
