import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { chromium } from "playwright-core";
import { startSpanlight } from "../lib/spanlight-server.ts";

const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"];
const EMAIL = "bench@spanlight.local";
const PASSWORD = "bench-password-1";
const LOADS = 5;

/**
 * Starts the built server against the bench database, copies the big trace into the project the
 * server creates for its initial user, signs in, and times page.goto → the tree's first row visible.
 */
export async function measurePageToInteractive(options: { databaseUrl: string; projectId: string; bigTraceId: string; log: (message: string) => void }): Promise<number[]> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "spanlight-explorer-server-"));
  process.env.DATABASE_URL = options.databaseUrl;
  process.env.SPANLIGHT_AUTH_SECRET = "explorer-bench-secret-0123456789abcdef";
  const server = await startSpanlight({ dataDir, keys: { publicKey: "pk-explorer-bench", secretKey: "sk-explorer-bench" }, skipBuild: true });
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS }).catch(async (error: unknown) => {
    await server.stop();
    throw error;
  });
  try {
    const projectId = await copyBigTrace(options);
    const context = await browser.newContext({ baseURL: server.baseUrl, viewport: { width: 1400, height: 900 } });
    // better-auth checks Origin against the public URL, which defaults to http://localhost:<port>.
    const publicUrl = server.baseUrl.replace("127.0.0.1", "localhost");
    const signIn = await context.request.post("/api/auth/sign-in/email", { data: { email: EMAIL, password: PASSWORD }, headers: { origin: publicUrl } });
    if (!signIn.ok()) throw new Error(`sign-in answered ${signIn.status()}`);
    const page = await context.newPage();
    const times: number[] = [];
    for (let load = 0; load < LOADS; load += 1) {
      const startedAt = performance.now();
      await page.goto(`/project/${projectId}/traces/${options.bigTraceId}`);
      await page.getByRole("tree", { name: "Spans" }).getByRole("treeitem", { name: "big-agent-run" }).waitFor({ state: "visible", timeout: 60_000 });
      times.push(performance.now() - startedAt);
      options.log(`page load ${load + 1}: ${Math.round(times.at(-1)!)} ms`);
    }
    return times;
  } finally {
    await browser.close();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The server made its own project; the big trace's rows are copied into it by SQL. */
async function copyBigTrace(options: { databaseUrl: string; projectId: string; bigTraceId: string }): Promise<string> {
  const client = new pg.Client({ connectionString: options.databaseUrl });
  await client.connect();
  try {
    const project = await client.query<{ id: string }>("SELECT id FROM project WHERE name = 'ingest-bench'");
    const projectId = project.rows[0]?.id;
    if (!projectId) throw new Error("the server did not create its initial project");
    for (const table of ["span", "trace"]) {
      const columns = await client.query<{ name: string }>(
        "SELECT column_name AS name FROM information_schema.columns WHERE table_name = $1 AND column_name <> 'project_id'",
        [table],
      );
      const list = columns.rows.map((row) => `"${row.name}"`).join(", ");
      await client.query(`INSERT INTO ${table} (project_id, ${list}) SELECT $1, ${list} FROM ${table} WHERE project_id = $2 AND trace_id = $3`, [projectId, options.projectId, options.bigTraceId]);
    }
    return projectId;
  } finally {
    await client.end();
  }
}
