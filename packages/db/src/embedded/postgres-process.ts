import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chown, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { EmbeddedPostgresError, errnoCode } from "./embedded-postgres-error.ts";
import type { TPostgresBinaries } from "./postgres-binaries.ts";
import type { TRunAs } from "./postgres-user.ts";

// Readiness is read from PostgreSQL's log, so its messages are pinned to English.
const MESSAGES_LOCALE = "C";
const READY_MESSAGE = "database system is ready to accept connections";
const START_TIMEOUT_MS = 60_000;

type TSpawnOptions = {
  binaries: TPostgresBinaries;
  clusterDir: string;
  runAs: TRunAs;
  onLog: (message: string) => void;
};

/**
 * Creates the cluster. The superuser password goes through a 0600 file owned by the PostgreSQL
 * user beside the cluster (embedded-postgres wrote a world-readable one into the temp folder).
 */
export async function initialiseCluster(options: TSpawnOptions & { user: string; password: string }): Promise<void> {
  const passwordFile = path.join(path.dirname(options.clusterDir), `.pg-password-${randomBytes(6).toString("hex")}`);
  await writeFile(passwordFile, `${options.password}\n`, { mode: 0o600 });
  try {
    if (options.runAs) await chown(passwordFile, options.runAs.uid, options.runAs.gid);
    const args = [
      `--pgdata=${options.clusterDir}`,
      "--auth=scram-sha-256",
      `--username=${options.user}`,
      `--pwfile=${passwordFile}`,
      `--lc-messages=${MESSAGES_LOCALE}`,
      "--encoding=UTF8",
    ];
    const child = spawnAs(options.binaries.initdb, args, options);
    const output = collectOutput(child, options.onLog);
    const code = await exitOf(child, "initdb");
    if (code !== 0)
      throw new EmbeddedPostgresError(
        `initdb failed on ${options.clusterDir}: ${lastLine(output())} (remove the folder, or set SPANLIGHT_DATA_DIR to another one)`,
      );
  } finally {
    await rm(passwordFile, { force: true });
  }
}

/** A running postmaster; `stop` is a fast shutdown (in-flight commits finish, a checkpoint is written). */
export type TPostmaster = { stop: () => Promise<void> };

export async function startPostmaster(options: TSpawnOptions & { port: number }): Promise<TPostmaster> {
  const args = ["-D", options.clusterDir, "-p", String(options.port), "-c", "listen_addresses=127.0.0.1"];
  args.push("-c", "max_connections=100", "-c", `lc_messages=${MESSAGES_LOCALE}`);
  const child = spawnAs(options.binaries.postgres, args, options);
  const output = collectOutput(child, options.onLog);
  const exited = exitOf(child, "postgres");
  const ready = new Promise<void>((resolve) => {
    child.stderr?.on("data", () => {
      if (output().includes(READY_MESSAGE)) resolve();
    });
  });
  const timeout = new Promise<"timeout">((resolve) => setTimeout(resolve, START_TIMEOUT_MS, "timeout").unref());
  const outcome = await Promise.race([ready.then(() => "ready" as const), exited, timeout]);
  if (outcome === "timeout") {
    child.kill("SIGKILL");
    throw new EmbeddedPostgresError(
      `PostgreSQL did not become ready within ${START_TIMEOUT_MS / 1000} s on ${options.clusterDir}: set LOG_LEVEL=debug to see its log.`,
    );
  }
  if (outcome !== "ready") throw new EmbeddedPostgresError(describeStartFailure(output(), options.port));
  return {
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGINT");
      await exited;
    },
  };
}

function describeStartFailure(output: string, port: number): string {
  const fatal =
    output
      .split("\n")
      .find((line) => /FATAL|PANIC/.test(line))
      ?.trim() ?? lastLine(output);
  if (/could not bind|Address already in use/i.test(output))
    return `PostgreSQL could not listen on 127.0.0.1:${port} (${fatal}): free that port or start again.`;
  return `PostgreSQL stopped while starting: ${fatal} (set LOG_LEVEL=debug to see its log, or set DATABASE_URL).`;
}

function spawnAs(binary: string, args: string[], options: TSpawnOptions): ChildProcess {
  return spawn(binary, args, {
    ...(options.runAs ?? {}),
    // Root's working directory may be one `postgres` cannot enter; the cluster's parent it can.
    cwd: path.dirname(options.clusterDir),
    stdio: ["ignore", "pipe", "pipe"],
  });
}

function collectOutput(child: ChildProcess, onLog: (message: string) => void): () => string {
  let text = "";
  const append = (chunk: Buffer) => {
    const message = chunk.toString("utf8");
    text += message;
    onLog(message);
  };
  child.stdout?.on("data", append);
  child.stderr?.on("data", append);
  return () => text;
}

/** The exit code; a spawn failure (EACCES, ENOENT) becomes a one-line error instead of an uncaught event. */
function exitOf(child: ChildProcess, name: string): Promise<number | null> {
  return new Promise((resolve, reject) => {
    child.once("error", (error) => {
      reject(
        new EmbeddedPostgresError(
          `Could not run ${name} (${errnoCode(error) ?? error.message}): the user PostgreSQL runs as cannot reach ${child.spawnfile}; set SPANLIGHT_POSTGRES_DIR to a folder it can reach, or set DATABASE_URL.`,
        ),
      );
    });
    child.once("close", (code) => resolve(code));
  });
}

function lastLine(text: string): string {
  return text.trim().split("\n").at(-1)?.trim() ?? "no output";
}
