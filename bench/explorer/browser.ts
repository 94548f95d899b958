import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { chromium } from "playwright-core";
import type { Page } from "playwright-core";
import { startSpanlight } from "../lib/spanlight-server.ts";

const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
];
const EMAIL = "bench@spanlight.local";
const PASSWORD = "bench-password-1";
const LOADS = 5;

export type TPageTrace = { label: string; traceId: string };
/** Per trace: every load's goto → tree row + time axis visible (the first is the server's cold one), and a scroll's frame times. */
type TScroll = { frames: number; p95FrameMs: number; maxFrameMs: number; longFrames: number };
export type TPageResult = {
  label: string;
  loadsMs: number[];
  scroll: TScroll | null;
  /** Why the loads stopped early (a load that timed out); the loads before it are kept. */
  error?: string;
};

/**
 * Starts the built server against the bench database, copies the big traces into the project the
 * server creates for its initial user, signs in, and times page.goto → the tree's root row and the
 * timeline's axis visible, then scrolls the tree to its end frame by frame.
 */
export async function measureTracePages(options: {
  databaseUrl: string;
  projectId: string;
  traces: TPageTrace[];
  log: (message: string) => void;
}): Promise<TPageResult[]> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "spanlight-explorer-server-"));
  process.env.DATABASE_URL = options.databaseUrl;
  process.env.SPANLIGHT_AUTH_SECRET = "explorer-bench-secret-0123456789abcdef";
  const server = await startSpanlight({
    dataDir,
    keys: { publicKey: "pk-explorer-bench", secretKey: "sk-explorer-bench" },
    skipBuild: true,
  });
  const browser = await chromium
    .launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS })
    .catch(async (error: unknown) => {
      await server.stop();
      throw error;
    });
  try {
    const projectId = await serverProjectId(options.databaseUrl);
    const context = await browser.newContext({ baseURL: server.baseUrl, viewport: { width: 1400, height: 900 } });
    // better-auth checks Origin against the public URL, which defaults to http://localhost:<port>.
    const publicUrl = server.baseUrl.replace("127.0.0.1", "localhost");
    const signIn = await context.request.post("/api/auth/sign-in/email", {
      data: { email: EMAIL, password: PASSWORD },
      headers: { origin: publicUrl },
    });
    if (!signIn.ok()) throw new Error(`sign-in answered ${signIn.status()}`);
    const page = await context.newPage();
    const results: TPageResult[] = [];
    for (const trace of options.traces) {
      await copyTrace({ ...options, serverProjectId: projectId, traceId: trace.traceId });
      const loadsMs: number[] = [];
      // A load that times out (seen: the 100,000-span page on a machine at load 25) ends this trace's
      // loads, not the whole step: what was measured before it is reported with the reason.
      try {
        for (let load = 0; load < LOADS; load += 1) {
          const startedAt = performance.now();
          await page.goto(`/project/${projectId}/traces/${trace.traceId}`, { timeout: 90_000 });
          await page
            .getByRole("tree", { name: "Spans" })
            .getByRole("treeitem", { name: "big-agent-run" })
            .waitFor({ state: "visible", timeout: 90_000 });
          await page.getByLabel("Time axis").first().waitFor({ state: "visible", timeout: 90_000 });
          loadsMs.push(performance.now() - startedAt);
          options.log(`${trace.label} page load ${load + 1}: ${Math.round(loadsMs.at(-1)!)} ms`);
        }
        const scroll = await scrollTree(page);
        options.log(
          `${trace.label} scroll: ${scroll.frames} frames, p95 ${Math.round(scroll.p95FrameMs)} ms, max ${Math.round(scroll.maxFrameMs)} ms`,
        );
        results.push({ label: trace.label, loadsMs, scroll });
      } catch (error) {
        results.push({ label: trace.label, loadsMs, scroll: null, error: String(error).split("\n")[0] });
      }
    }
    return results;
  } finally {
    await browser.close();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Scrolls the span tree by 1,500 px a frame, 120 frames (to the far end of a 100,000-row tree and beyond); frame intervals from requestAnimationFrame. */
async function scrollTree(page: Page): Promise<TScroll> {
  const frames = await page.getByRole("tree", { name: "Spans" }).evaluate(async (tree) => {
    const intervals: number[] = [];
    let last = performance.now();
    for (let frame = 0; frame < 120; frame += 1) {
      tree.scrollTop += 1_500;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const now = performance.now();
      intervals.push(now - last);
      last = now;
    }
    return intervals;
  });
  const sorted = [...frames].sort((a, b) => a - b);
  return {
    frames: frames.length,
    p95FrameMs: sorted[Math.floor(sorted.length * 0.95)] ?? 0,
    maxFrameMs: sorted.at(-1) ?? 0,
    longFrames: frames.filter((ms) => ms > 50).length,
  };
}

async function serverProjectId(databaseUrl: string): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const project = await client.query<{ id: string }>("SELECT id FROM project WHERE name = 'ingest-bench'");
    const projectId = project.rows[0]?.id;
    if (!projectId) throw new Error("the server did not create its initial project");
    return projectId;
  } finally {
    await client.end();
  }
}

/** The server made its own project; a big trace's rows are copied into it by SQL. */
async function copyTrace(options: {
  databaseUrl: string;
  projectId: string;
  serverProjectId: string;
  traceId: string;
}): Promise<void> {
  const client = new pg.Client({ connectionString: options.databaseUrl });
  await client.connect();
  try {
    for (const table of ["span", "trace"]) {
      const columns = await client.query<{ name: string }>(
        "SELECT column_name AS name FROM information_schema.columns WHERE table_name = $1 AND column_name <> 'project_id'",
        [table],
      );
      const list = columns.rows.map((row) => `"${row.name}"`).join(", ");
      await client.query(
        `INSERT INTO ${table} (project_id, ${list}) SELECT $1, ${list} FROM ${table} WHERE project_id = $2 AND trace_id = $3`,
        [options.serverProjectId, options.projectId, options.traceId],
      );
    }
  } finally {
    await client.end();
  }
}
