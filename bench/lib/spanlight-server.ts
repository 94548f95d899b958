import { spawn } from "node:child_process";
import { createWriteStream, existsSync, readFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

export const REPO_ROOT = path.resolve(import.meta.dirname, "../..");

/** `npm start` builds first when something changed (a cold `next build` takes minutes here). */
const START_TIMEOUT_MS = 15 * 60_000;
const STOP_TIMEOUT_MS = 60_000;

export type TSpanlightKeys = { publicKey: string; secretKey: string };

export type TSpanlightServer = {
  pid: number;
  baseUrl: string;
  otlpTracesUrl: string;
  logFile: string;
  /** The embedded PostgreSQL's URL, from the files the server keeps in its data folder. */
  databaseUrl: () => string;
  stop: () => Promise<void>;
};

/** The node flags of `npm start` (package.json's start script, e.g. the heap bound), so a bench runs what users run. */
function startScriptNodeFlags(): string[] {
  const scripts = (
    JSON.parse(readFileSync(path.join(REPO_ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> }
  ).scripts;
  const match = /^node (.*?)\s*scripts\/start\.mjs/.exec(scripts.start ?? "");
  return match?.[1]?.split(" ").filter(Boolean) ?? [];
}

/**
 * Runs `node scripts/start.mjs` (what `npm start` runs) on loopback ports with a fresh data folder
 * and headless initial data, and waits for /api/health. The node process is the server itself;
 * PostgreSQL is its child and stops with it on SIGINT.
 */
export async function startSpanlight(options: {
  dataDir: string;
  keys: TSpanlightKeys;
  skipBuild: boolean;
  /** Flags for the server's node, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` (the profile is written when it exits). */
  nodeFlags?: string;
}): Promise<TSpanlightServer> {
  const [port, otlpHttpPort] = [await freePort(), await freePort()];
  const logFile = path.join(options.dataDir, "server.log");
  const log = createWriteStream(logFile);
  const child = spawn(
    process.execPath,
    [...startScriptNodeFlags(), ...(options.nodeFlags?.split(" ").filter(Boolean) ?? []), "scripts/start.mjs"],
    {
      cwd: REPO_ROOT,
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        SPANLIGHT_DATA_DIR: options.dataDir,
        HOSTNAME: "127.0.0.1",
        PORT: String(port),
        OTLP_HTTP_PORT: String(otlpHttpPort),
        OTLP_GRPC_PORT: "0",
        SPANLIGHT_SKIP_BUILD: options.skipBuild ? "1" : "0",
        SPANLIGHT_INIT_USER_EMAIL: "bench@spanlight.local",
        SPANLIGHT_INIT_USER_PASSWORD: "bench-password-1",
        SPANLIGHT_INIT_PROJECT_NAME: "ingest-bench",
        SPANLIGHT_INIT_PUBLIC_KEY: options.keys.publicKey,
        SPANLIGHT_INIT_SECRET_KEY: options.keys.secretKey,
        LOG_LEVEL: "warn",
      },
    },
  );
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  let hasExited = false;
  void exited.then(() => (hasExited = true));

  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (hasExited) return;
    child.kill("SIGINT");
    const stopped = await Promise.race([exited.then(() => true), sleep(STOP_TIMEOUT_MS).then(() => false)]);
    if (!stopped) {
      child.kill("SIGKILL");
      stopOrphanedPostgres(options.dataDir);
    }
  };
  const server: TSpanlightServer = {
    pid: child.pid!,
    baseUrl,
    otlpTracesUrl: `http://127.0.0.1:${otlpHttpPort}/v1/traces`,
    logFile,
    databaseUrl: () => embeddedDatabaseUrl(options.dataDir),
    stop,
  };
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (hasExited) throw new Error(`the server exited during start-up (see ${logFile}):\n${tail(logFile)}`);
    if (await isHealthy(baseUrl)) return server;
    await sleep(500);
  }
  await stop();
  throw new Error(`the server did not become healthy within ${START_TIMEOUT_MS / 60_000} min (see ${logFile})`);
}

async function isHealthy(baseUrl: string): Promise<boolean> {
  try {
    const response = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2_000) });
    return response.ok;
  } catch {
    return false;
  }
}

function embeddedDatabaseUrl(dataDir: string): string {
  const { password } = JSON.parse(readFileSync(path.join(dataDir, "pg-credentials.json"), "utf8")) as {
    password: string;
  };
  const port = readFileSync(path.join(dataDir, "pg", "postmaster.pid"), "utf8")
    .split("\n")[3]!
    .trim();
  return `postgresql://spanlight:${encodeURIComponent(password)}@127.0.0.1:${port}/spanlight`;
}

/** Only when the server would not stop: its PostgreSQL, by the pid PostgreSQL itself recorded. */
function stopOrphanedPostgres(dataDir: string): void {
  const pidFile = path.join(dataDir, "pg", "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (Number.isInteger(pid) && pid > 0) {
    try {
      process.kill(pid, "SIGINT");
    } catch {
      // already gone
    }
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no free port")),
      );
    });
  });
}

export function tail(file: string, lines = 30): string {
  return existsSync(file) ? readFileSync(file, "utf8").split("\n").slice(-lines).join("\n") : "";
}
