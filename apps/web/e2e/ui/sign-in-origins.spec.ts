import { test } from "@playwright/test";
import type { Page } from "@playwright/test";
import { uniqueClientIp } from "../support/accounts";
import { E2E_OWNER, E2E_PORT } from "../support/e2e-env";
import { expect } from "../support/ui-expect";

// The suite's server has SPANLIGHT_PUBLIC_URL=http://localhost:PORT; people also open it by IP.
const ADDRESSES = [`http://localhost:${E2E_PORT}`, `http://127.0.0.1:${E2E_PORT}`];

test.describe("[AUTH-ORIGIN]: sign-in from any address the server answers on, never from another site", () => {
  test.beforeEach(async ({ page }) => {
    await page.setExtraHTTPHeaders({ "x-forwarded-for": uniqueClientIp() });
  });

  for (const address of ADDRESSES) {
    test(`the owner signs in through ${address}`, async ({ page }) => {
      await page.goto(`${address}/sign-in`);
      await signIn(page);
      await expect(page).toHaveURL(new RegExp(`^${escape(address)}/project/[^/]+/traces$`));
      await expect(page.getByRole("button", { name: "Switch project" })).toContainText(E2E_OWNER.projectName);
    });
  }

  test("a page of another site cannot sign anyone in", async ({ page, context }) => {
    const attacker = "http://attacker.test";
    // Another site's page that posts the owner's credentials to Spanlight, as a login CSRF would.
    await page.route(`${attacker}/**`, (route) =>
      route.fulfill({
        contentType: "text/html",
        body: `<form method="post" action="http://localhost:${E2E_PORT}/api/auth/sign-in/email">
          <input name="email" value="${E2E_OWNER.email}"><input name="password" value="${E2E_OWNER.password}">
          <button>Go</button></form>`,
      }),
    );
    await page.goto(`${attacker}/login-csrf`);
    const answer = page.waitForResponse((response) => response.url().includes("/api/auth/sign-in/email"));
    await page.getByRole("button", { name: "Go" }).click();
    expect((await answer).status()).toBe(403);
    expect(await context.cookies(`http://localhost:${E2E_PORT}`)).toEqual([]);

    // A script of another site is refused too (the browser sends its Origin).
    const fromScript = await page.request.post(`http://localhost:${E2E_PORT}/api/auth/sign-in/email`, {
      data: { email: E2E_OWNER.email, password: E2E_OWNER.password },
      headers: { origin: attacker, "sec-fetch-site": "cross-site", "sec-fetch-mode": "cors" },
    });
    expect(fromScript.status()).toBe(403);
    expect(await fromScript.json()).toMatchObject({ code: "INVALID_ORIGIN" });
  });

  test("behind a proxy that rewrites Host, the page says which variable to set", async ({ page }) => {
    const proxied = "http://spanlight.proxy.test";
    // A reverse proxy that forwards to the server without X-Forwarded-Host, so Origin ≠ Host.
    await page.route(`${proxied}/**`, async (route) => {
      const url = route.request().url().replace(proxied, `http://localhost:${E2E_PORT}`);
      await route.fulfill({ response: await route.fetch({ url }) });
    });
    await page.goto(`${proxied}/sign-in`);
    await signIn(page);
    const alert = page.locator("form").getByRole("alert");
    await expect(alert).toContainText(`Sign-in from ${proxied} was refused`);
    await expect(alert).toContainText(`SPANLIGHT_PUBLIC_URL=${proxied}`);
    await expect(page).toHaveURL(`${proxied}/sign-in`);
    await page.screenshot({ path: test.info().outputPath("sign-in-refused-origin.png") });
  });
});

async function signIn(page: Page): Promise<void> {
  await page.getByLabel("Email").fill(E2E_OWNER.email);
  await page.getByLabel("Password").fill(E2E_OWNER.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
