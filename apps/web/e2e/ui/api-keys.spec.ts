import { test } from "@playwright/test";
import { expect } from "../support/ui-expect";
import {
  addMember,
  createProject,
  signInApiClient,
  signInBrowser,
  signUpApiClient,
  signUpBrowser,
  uniqueAccount,
} from "../support/accounts";

test.describe("[KEYS]: API keys in settings", () => {
  test("an owner creates a key, sees the secret once, then revokes the key", async ({ page, context }) => {
    await signUpBrowser(context, uniqueAccount("keys"));
    const project = await createProject(context.request, "Keys UI");
    await page.goto(`/project/${project.id}/settings/api-keys`);
    await expect(page.getByRole("heading", { name: "No API keys yet" })).toBeVisible();

    await page.getByRole("button", { name: "Create key" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Note").fill("Production backend");
    await dialog.getByRole("button", { name: "Create key" }).click();

    await expect(dialog.getByRole("heading", { name: "Save your secret key" })).toBeVisible();
    await expect(dialog).toContainText("This is the only time the secret key is shown");
    const secretKey = (await dialog.locator("span[title^='sk-sl-']").first().getAttribute("title")) ?? "";
    const publicKey = (await dialog.locator("span[title^='pk-sl-']").first().getAttribute("title")) ?? "";
    expect(secretKey).toMatch(/^sk-sl-.{20,}/);
    await expect(dialog).toContainText(`OTEL_EXPORTER_OTLP_ENDPOINT="${new URL(page.url()).origin}/api/public/otel"`);
    const basic = Buffer.from(`${publicKey}:${secretKey}`).toString("base64");
    await expect(dialog).toContainText(`Authorization=Basic%20${basic}`);
    await page.screenshot({ path: test.info().outputPath("api-key-created.png") });
    await dialog.getByRole("button", { name: "Copy secret key" }).click();
    await expect(dialog.getByRole("button", { name: "Copied" })).toBeVisible();
    await dialog.getByRole("button", { name: "Done" }).click();
    await expect(dialog).toBeHidden();

    const row = page.getByRole("row").filter({ hasText: publicKey });
    await expect(row).toContainText(`sk-sl-…${secretKey.slice(-4)}`);
    await expect(row).toContainText("Production backend");
    await expect(row).toContainText("Never");
    await expect(row).toContainText("Active");
    await expect(page.locator("body")).not.toContainText(secretKey);
    await page.reload();
    await expect(page.locator("body")).not.toContainText(secretKey);
    await page.screenshot({ path: test.info().outputPath("api-keys.png"), fullPage: true });

    await row.getByRole("button", { name: `Revoke ${publicKey}` }).click();
    const confirm = page.getByRole("dialog");
    await expect(confirm.getByRole("heading", { name: "Revoke this API key?" })).toBeVisible();
    await confirm.getByRole("button", { name: "Revoke key" }).click();
    await expect(confirm).toBeHidden();
    await expect(row).toContainText("Revoked");
    await expect(row.getByRole("button", { name: /Revoke/ })).toHaveCount(0);
  });

  test("a viewer is refused a key by the API and sees no Create key button", async ({ page, context }) => {
    const ownerAccount = uniqueAccount("owner");
    const owner = await signUpApiClient(ownerAccount);
    const project = await createProject(owner, "Viewer's window");
    const ownerKey = await owner.post(`/api/projects/${project.id}/api-keys`, { data: { note: "Owner's key" } });
    expect(ownerKey.status()).toBe(201);

    const viewerAccount = uniqueAccount("viewer");
    await signUpApiClient(viewerAccount);
    await addMember(owner, { projectId: project.id, account: viewerAccount, role: "VIEWER" });

    const viewer = await signInApiClient(viewerAccount);
    const refused = await viewer.post(`/api/projects/${project.id}/api-keys`, { data: { note: "Mine" } });
    expect(refused.status()).toBe(403);

    await signInBrowser(context, viewerAccount);
    await page.goto(`/project/${project.id}/settings/api-keys`);
    await expect(page.getByRole("row").filter({ hasText: "Owner's key" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Create key" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /Revoke/ })).toHaveCount(0);
    await expect(page.getByText("only owners and admins can create or revoke them")).toBeVisible();

    await page.goto(`/project/${project.id}/settings/members`);
    // Wait for the table first: during the loading state every "count is 0" would pass.
    await expect(page.getByRole("row").filter({ hasText: viewerAccount.email })).toContainText("Viewer");
    await expect(page.getByRole("button", { name: "Add member" })).toHaveCount(0);
    await expect(page.getByRole("combobox")).toHaveCount(0);
    await page.screenshot({ path: test.info().outputPath("members-as-viewer.png"), fullPage: true });
  });
});
