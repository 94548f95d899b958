import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { E2E_ENV, E2E_BASE_URL } from "./apps/web/e2e/support/e2e-env";

// Debian's Chromium when present (CI installs it); Playwright's own browser otherwise.
const SYSTEM_CHROMIUM = "/usr/bin/chromium";
const chromiumLaunch = {
  executablePath: existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-quic",
  ],
};

export default defineConfig({
  testDir: "apps/web/e2e",
  outputDir: "test-results",
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  timeout: 60_000,
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : [["list"]],
  use: {
    baseURL: E2E_BASE_URL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    { name: "api", testMatch: /api\/.*\.spec\.ts/ },
    {
      name: "ui",
      testMatch: /ui\/.*\.spec\.ts/,
      use: { ...devices["Desktop Chrome"], viewport: { width: 1440, height: 900 }, launchOptions: chromiumLaunch },
    },
  ],
  webServer: {
    // A fresh data folder each run: the suite starts from an empty Spanlight, as a newcomer does.
    command: `rm -rf ${E2E_ENV.SPANLIGHT_DATA_DIR} && node --max-old-space-size=2048 scripts/start.mjs`,
    url: `${E2E_BASE_URL}/api/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    env: E2E_ENV,
    stdout: "pipe",
    stderr: "pipe",
  },
});
