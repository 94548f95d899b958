import { randomBytes } from "node:crypto";
import { test } from "@playwright/test";
import { ZCreatedApiKeyResponse } from "../../src/features/api-keys/contracts";
import { addMember, createProject, signUpApiClient, signUpBrowser, uniqueAccount } from "../support/accounts";
import { E2E_PORT } from "../support/e2e-env";
import { expect } from "../support/ui-expect";

/** Another origin for the same server: a page there is a real cross-origin caller to Chromium. */
const OTHER_ORIGIN = `http://127.0.0.1:${E2E_PORT}`;
const APP_ORIGIN = `http://localhost:${E2E_PORT}`;

type TFetchOutcome = { status: number; body: string } | { blocked: string };

test.describe("[FEEDBACK]: feedback settings and a real browser sending feedback", () => {
  test("an owner limits origins and the rate; Chromium on another origin is let through, then blocked", async ({
    page,
    context,
    browser,
  }, testInfo) => {
    await signUpBrowser(context, uniqueAccount("fb-ui"));
    const project = await createProject(context.request, "Feedback UI");
    const keyResponse = await context.request.post(`/api/projects/${project.id}/api-keys`, {
      data: { note: "web app" },
    });
    const { apiKey } = ZCreatedApiKeyResponse.parse(await keyResponse.json());

    await page.goto(`/project/${project.id}/settings`);
    await page.getByRole("navigation", { name: "Settings sections" }).getByRole("link", { name: "Feedback" }).click();
    await expect(page).toHaveURL(`/project/${project.id}/settings/feedback`);
    await expect(page.getByRole("heading", { name: "Browser feedback" })).toBeVisible();
    // The snippet carries this project's public key, never its secret.
    const snippet = page.getByRole("code");
    await expect(snippet).toContainText(`Bearer ${apiKey.publicKey}`);
    await expect(snippet).toContainText(`${APP_ORIGIN}/api/public/feedback`);
    await expect(page.getByText(apiKey.secretKey)).toHaveCount(0);

    const origins = page.getByLabel("Allowed origins");
    await origins.fill("https://app.example.com/checkout");
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByText(/must be an origin such as/)).toBeVisible();

    await origins.fill(`${OTHER_ORIGIN}\nhttps://app.example.com`);
    await page.getByLabel("Feedback per minute from one address").fill("30");
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
    await page.reload();
    await expect(page.getByLabel("Allowed origins")).toHaveValue(`${OTHER_ORIGIN}\nhttps://app.example.com`);
    await expect(page.getByLabel("Feedback per minute from one address")).toHaveValue("30");
    await expect(page.getByLabel("Accept feedback sent with the public key")).toBeChecked();
    await page.screenshot({ path: testInfo.outputPath("feedback-settings.png"), fullPage: true });
    await testInfo.attach("feedback-settings", {
      path: testInfo.outputPath("feedback-settings.png"),
      contentType: "image/png",
    });

    // A page on the other origin sends feedback the way the snippet does: preflight, then POST.
    const traceId = randomBytes(16).toString("hex");
    // A context of its own: the signed-in one adds X-Forwarded-For to every request, which would
    // make Chromium's preflight ask for that header too (and be refused, rightly).
    const appPage = await (await browser.newContext()).newPage();
    // The customer's page: served as plain HTML on the other origin (Spanlight's own pages carry a CSP
    // that allows connections only to themselves); the fetch below goes over the network for real.
    await appPage.route(`${OTHER_ORIGIN}/shop`, (route) =>
      route.fulfill({
        contentType: "text/html",
        body: "<!doctype html><title>Shop</title><p>Was this answer helpful?</p>",
      }),
    );
    const sendFromPage = () =>
      appPage.evaluate(
        async ({ url, publicKey, trace }): Promise<TFetchOutcome> => {
          try {
            const response = await fetch(url, {
              method: "POST",
              headers: { Authorization: `Bearer ${publicKey}`, "Content-Type": "application/json" },
              body: JSON.stringify({ traceId: trace, name: "thumbs", value: 1, comment: "from the browser" }),
            });
            return { status: response.status, body: await response.text() };
          } catch (error) {
            return { blocked: String(error) };
          }
        },
        { url: `${APP_ORIGIN}/api/public/feedback`, publicKey: apiKey.publicKey, trace: traceId },
      );
    await appPage.goto(`${OTHER_ORIGIN}/shop`);
    const allowed = await sendFromPage();
    expect(allowed).toMatchObject({ status: 201 });
    expect(JSON.parse((allowed as { body: string }).body)).toMatchObject({ traceId, source: "FEEDBACK" });

    const patch = await context.request.patch(`${APP_ORIGIN}/api/projects/${project.id}/feedback-settings`, {
      data: { allowedOrigins: ["https://app.example.com"] },
    });
    expect(patch.status()).toBe(200);
    const blocked = await sendFromPage();
    expect(blocked).toMatchObject({ blocked: expect.stringContaining("Failed to fetch") });

    const scores = await context.request.get(`${APP_ORIGIN}/api/public/scores`, {
      params: { traceId },
      headers: { authorization: `Bearer ${apiKey.secretKey}` },
    });
    expect(((await scores.json()) as { data: unknown[] }).data).toHaveLength(1);
  });

  test("a member sees that only owners and admins manage feedback", async ({ page, context }) => {
    const owner = await signUpApiClient(uniqueAccount("fb-ui-owner"));
    const project = await createProject(owner, "Feedback members");
    const memberAccount = uniqueAccount("fb-ui-member");
    await signUpBrowser(context, memberAccount);
    await addMember(owner, { projectId: project.id, account: memberAccount, role: "MEMBER" });
    await page.goto(`/project/${project.id}/settings/feedback`);
    await expect(page.getByText("Only owners and admins can see and change")).toBeVisible();
    await expect(page.getByLabel("Allowed origins")).toHaveCount(0);
  });
});
