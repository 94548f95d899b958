// A Spanlight of its own, started as a service would be (no terminal, no SPANLIGHT_INIT_*, default
// sign-up policy): where the generated login goes, that sign-up is closed, and the forced password change.
import { spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { readFile, rm, stat } from "node:fs/promises";
import path from "node:path";
import { test } from "@playwright/test";
import { expect } from "../support/ui-expect";
import { E2E_PORT } from "../support/e2e-env";

const PORT = E2E_PORT + 40;
const BASE_URL = `http://localhost:${PORT}`;
const ROOT = path.resolve(import.meta.dirname, "../../../..");
const DATA_DIR = path.join(ROOT, ".spanlight-e2e-first-start");
const CLOSED = "Sign-up is closed on this Spanlight: ask a project owner for an invitation";

test.describe.configure({ mode: "serial" });

test.describe("[SECURITY]: first start without a terminal, closed sign-up, generated password", () => {
  let server: ChildProcess | null = null;
  let output = "";

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    await rm(DATA_DIR, { recursive: true, force: true });
    const env: Record<string, string | undefined> = {};
    for (const [name, value] of Object.entries(process.env)) {
      if (value !== undefined && !name.startsWith("SPANLIGHT_") && name !== "DATABASE_URL" && name !== "PORT")
        env[name] = value;
    }
    const child = spawn("node", ["scripts/start.mjs"], {
      cwd: ROOT,
      // stdout is a pipe, not a terminal: the login must go to the file, never to this output.
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...(env as NodeJS.ProcessEnv),
        // The suite's own server built the app already.
        SPANLIGHT_SKIP_BUILD: "1",
        PORT: String(PORT),
        OTLP_HTTP_PORT: "0",
        OTLP_GRPC_PORT: "0",
        SPANLIGHT_DATA_DIR: DATA_DIR,
        SPANLIGHT_PUBLIC_URL: BASE_URL,
        SPANLIGHT_TRUST_PROXY: "true",
      },
    });
    server = child;
    child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const deadline = Date.now() + 150_000;
    while (Date.now() < deadline) {
      const isUp = await fetch(`${BASE_URL}/api/health`).then(
        (response) => response.ok,
        () => false,
      );
      if (isUp) return;
      if (child.exitCode !== null) throw new Error(`the server stopped:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    throw new Error(`the server did not start:\n${output}`);
  });

  test.afterAll(async () => {
    const child = server;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
  });

  test("the generated login is written once to a file only its owner reads, and only its path is logged", async () => {
    const file = path.join(DATA_DIR, "initial-credentials");
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const credentials = JSON.parse(await readFile(file, "utf8")) as Record<string, string>;
    expect(Object.keys(credentials).sort()).toEqual(["email", "password", "publicKey", "secretKey", "url"]);
    expect(credentials.url).toBe(BASE_URL);
    expect(output).toContain(file);
    expect(output).not.toContain(credentials.password);
    expect(output).not.toContain(credentials.secretKey);
  });

  test("sign-up is closed after the first account, with one answer for known and unknown emails", async ({
    page,
    playwright,
  }) => {
    const credentials = JSON.parse(await readFile(path.join(DATA_DIR, "initial-credentials"), "utf8")) as {
      email: string;
    };
    const client = await playwright.request.newContext({ baseURL: BASE_URL, extraHTTPHeaders: { origin: BASE_URL } });
    const answers = [];
    for (const email of [credentials.email, "someone-new@spanlight.test"]) {
      const response = await client.post("/api/auth/sign-up/email", {
        data: { name: "X", email, password: "long-enough-pw" },
      });
      answers.push({ status: response.status(), body: await response.json() });
    }
    expect(answers[0]).toEqual(answers[1]);
    expect(answers[0]).toMatchObject({ status: 403, body: { message: CLOSED } });
    await client.dispose();

    await page.goto(`${BASE_URL}/sign-up`);
    await expect(page.getByRole("heading", { name: "Sign-up is closed" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Create account" })).toHaveCount(0);
  });

  test("the owner must replace the generated password at first sign-in, and pages hydrate under the CSP", async ({
    page,
  }, testInfo) => {
    const credentials = JSON.parse(await readFile(path.join(DATA_DIR, "initial-credentials"), "utf8")) as {
      email: string;
      password: string;
    };
    const consoleErrors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(message.text());
    });
    await page.goto(`${BASE_URL}/sign-in`);
    await page.getByLabel("Email").fill(credentials.email);
    await page.getByLabel("Password").fill(credentials.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/account\/password$/);
    await expect(page.getByRole("heading", { name: "Choose your own password" })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath("change-password.png") });

    // Every other page sends them back here until they do.
    await page.goto(`${BASE_URL}/`);
    await expect(page).toHaveURL(/\/account\/password$/);

    await page.getByLabel("Generated password").fill(credentials.password);
    await page.getByLabel("New password").fill("short");
    await page.getByRole("button", { name: "Save password" }).click();
    await expect(page.getByText("Use at least 8 characters")).toBeVisible();
    await page.getByLabel("New password").fill("a-password-of-my-own");
    await page.getByRole("button", { name: "Save password" }).click();
    await expect(page).toHaveURL(/\/project\/[^/]+\/traces$/);
    expect(consoleErrors).toEqual([]);
  });
});
