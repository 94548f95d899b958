import { test } from "@playwright/test";
import { expect } from "../support/ui-expect";
import { E2E_OWNER } from "../support/e2e-env";
import { signInBrowser } from "../support/accounts";

test.describe("[SECURITY]: page headers, CSP nonces and the favicon", () => {
  test("pages carry a nonce-based script policy, hydrate under it and load without console errors", async ({
    page,
    context,
  }) => {
    const consoleErrors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(message.text());
    });
    const response = await page.goto("/sign-in");
    const policy = response?.headers()["content-security-policy"] ?? "";
    const scriptSrc = policy.split(";").find((directive) => directive.trim().startsWith("script-src")) ?? "";
    expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]{16,}'/);
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(response?.headers()["x-frame-options"]).toBe("DENY");
    expect(response?.headers()["x-content-type-options"]).toBe("nosniff");

    // A fresh nonce per request.
    const again = await page.request.get("/sign-in");
    expect(again.headers()["content-security-policy"]).not.toBe(policy);

    // The form validates in the browser: only hydrated React does that.
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("Enter a valid email address")).toBeVisible();

    const icon = await page.locator('link[rel="icon"]').first().getAttribute("href");
    expect(icon).toBeTruthy();
    expect((await page.request.get(icon ?? "")).status()).toBe(200);

    await signInBrowser(context, E2E_OWNER);
    await page.goto("/");
    await expect(page).toHaveURL(/\/project\/[^/]+\/traces/);
    await expect(page.getByRole("button", { name: "Switch project" })).toBeVisible();
    await page.getByRole("button", { name: "User menu" }).click();
    await expect(page.getByRole("menu")).toBeVisible();
    expect(consoleErrors).toEqual([]);
  });
});
