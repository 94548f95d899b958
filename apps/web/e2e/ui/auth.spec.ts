import { test } from "@playwright/test";
import { expect } from "../support/ui-expect";
import type { Page } from "@playwright/test";
import { uniqueAccount, uniqueClientIp } from "../support/accounts";
import { E2E_OWNER } from "../support/e2e-env";

test.describe("[AUTH]: signing up, in and out", () => {
  test.beforeEach(async ({ page }) => {
    // Its own client IP per test: the sign-in rate limit is per address.
    await page.setExtraHTTPHeaders({ "x-forwarded-for": uniqueClientIp() });
  });

  test("a signed-out visitor is sent to the sign-in page", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/sign-in$/);
    await page.goto("/project/anything/settings/api-keys");
    await expect(page).toHaveURL(/\/sign-in$/);
  });

  test("the init owner signs in and lands on their project's traces", async ({ page }) => {
    await page.goto("/sign-in");
    await expect(page.getByRole("heading", { name: "Sign in to Spanlight" })).toBeVisible();
    await page.screenshot({ path: test.info().outputPath("sign-in.png"), fullPage: true });

    await page.getByLabel("Email").fill(E2E_OWNER.email);
    await page.getByLabel("Password").fill(E2E_OWNER.password);
    await page.getByRole("button", { name: "Sign in" }).click();

    await expect(page).toHaveURL(/\/project\/[^/]+\/traces$/);
    await expect(page.getByRole("button", { name: "Switch project" })).toContainText(E2E_OWNER.projectName);
    // Other specs send traces to this project at any moment, so the page may be the list or the empty state.
    await expect(page.getByRole("heading", { name: "Traces", exact: true })).toBeVisible();
  });

  test("a wrong password says so without saying which part was wrong", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(E2E_OWNER.email);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();

    await expect(formAlert(page)).toHaveText("Invalid email or password");
    await expect(page).toHaveURL(/\/sign-in$/);
    await page.screenshot({ path: test.info().outputPath("sign-in-error.png") });
  });

  test("repeated wrong passwords are rate limited", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(E2E_OWNER.email);
    await page.getByLabel("Password").fill("guessing-wrong");
    const submit = page.getByRole("button", { name: "Sign in" });

    // The e2e server allows 5 attempts a minute per client address.
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      await submit.click();
      await expect(formAlert(page)).toHaveText("Invalid email or password");
      await expect(submit).toBeEnabled();
    }
    await submit.click();
    await expect(formAlert(page)).toHaveText("Too many attempts, try again in a minute");

    // Even the right password waits out the minute from this address.
    await page.getByLabel("Password").fill(E2E_OWNER.password);
    await submit.click();
    await expect(formAlert(page)).toHaveText("Too many attempts, try again in a minute");
    await expect(page).toHaveURL(/\/sign-in$/);
  });

  test("a new person signs up, creates a project and signs out", async ({ page }) => {
    const account = uniqueAccount("signup");
    await page.goto("/sign-in");
    await page.getByRole("link", { name: "Create an account" }).click();
    await expect(page).toHaveURL(/\/sign-up$/);

    await page.getByLabel("Name").fill(account.name);
    await page.getByLabel("Email").fill(account.email);
    await page.getByLabel("Password").fill("short");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByText("Use at least 8 characters")).toBeVisible();

    await page.getByLabel("Password").fill(account.password);
    await page.getByRole("button", { name: "Create account" }).click();

    await expect(page).toHaveURL(/\/projects\/new$/);
    await expect(page.getByRole("heading", { name: "Create your first project" })).toBeVisible();
    await page.screenshot({ path: test.info().outputPath("new-project.png") });
    await page.getByLabel("Project name").fill("My first pipeline");
    await page.getByRole("button", { name: "Create project" }).click();

    await expect(page).toHaveURL(/\/project\/[^/]+\/traces$/);
    await expect(page.getByRole("button", { name: "Switch project" })).toContainText("My first pipeline");

    await page.getByRole("button", { name: "User menu" }).click();
    await expect(page.getByRole("menu")).toContainText(account.email);
    await page.getByRole("menuitem", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    await page.goto("/");
    await expect(page).toHaveURL(/\/sign-in$/);
  });

  test("signing up with an email that exists does not say whether it exists", async ({ page }) => {
    await page.goto("/sign-up");
    await page.getByLabel("Name").fill("Someone");
    await page.getByLabel("Email").fill(E2E_OWNER.email);
    await page.getByLabel("Password").fill("another-password");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(formAlert(page)).toHaveText(
      "Could not sign you in. If this email already has an account, sign in with its password.",
    );
  });
});

/** The form's own message (Next's route announcer is an empty role="alert" too). */
function formAlert(page: Page) {
  return page.locator("form").getByRole("alert");
}
