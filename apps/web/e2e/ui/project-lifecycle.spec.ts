import { test } from "@playwright/test";
import { expect } from "../support/ui-expect";
import { addMember, createProject, signUpApiClient, signUpBrowser, uniqueAccount } from "../support/accounts";

test.describe("[LIFECYCLE]: retention and deleting a project in settings", () => {
  test("an owner sets retention, sees the job's last run, and deletes the project by typing its name", async ({
    page,
    context,
  }, testInfo) => {
    await signUpBrowser(context, uniqueAccount("owner"));
    const project = await createProject(context.request, "Short-lived");

    await page.goto(`/project/${project.id}/settings`);
    const days = page.getByLabel("Keep traces for (days)");
    await days.fill("0");
    await page.getByRole("region", { name: "Data retention" }).getByRole("button", { name: "Save" }).click();
    await expect(page.getByText("Keep traces at least 1 day")).toBeVisible();
    await days.fill("30");
    await page.getByRole("region", { name: "Data retention" }).getByRole("button", { name: "Save" }).click();
    await expect(page.getByRole("region", { name: "Data retention" }).getByRole("status")).toHaveText("Saved");

    // Saving queues a pass of the job for the project: its result shows after a reload.
    await expect(async () => {
      await page.reload();
      await expect(page.getByTestId("retention-last-run")).toContainText("0 traces, 0 spans", { timeout: 1_000 });
    }).toPass({ timeout: 30_000 });
    await expect(page.getByLabel("Keep traces for (days)")).toHaveValue("30");
    await page
      .getByRole("region", { name: "Data retention" })
      .screenshot({ path: testInfo.outputPath("retention-settings.png") });
    await page.screenshot({ path: testInfo.outputPath("settings-general.png"), fullPage: true });

    await page.getByRole("button", { name: "Delete project" }).click();
    const dialog = page.getByRole("dialog");
    const confirm = dialog.getByRole("button", { name: "Delete project" });
    await expect(confirm).toBeDisabled();
    await dialog.getByLabel("Type Short-lived to confirm").fill("Short-live");
    await expect(confirm).toBeDisabled();
    await dialog.getByLabel("Type Short-lived to confirm").fill("Short-lived");
    await page.screenshot({ path: testInfo.outputPath("delete-project.png") });
    await confirm.click();
    await expect(page).toHaveURL(/\/projects\/new$/);
    expect((await context.request.get(`/api/projects/${project.id}/retention`)).status()).toBe(404);
  });

  test("a viewer sees retention read-only and no delete button", async ({ page, context }) => {
    const owner = await signUpApiClient(uniqueAccount("owner"));
    const project = await createProject(owner, "Watched");
    const viewer = uniqueAccount("viewer");
    await signUpBrowser(context, viewer);
    await addMember(owner, { projectId: project.id, account: viewer, role: "VIEWER" });

    await page.goto(`/project/${project.id}/settings`);
    await expect(page.getByLabel("Keep traces for (days)")).toBeDisabled();
    await expect(page.getByText("Only owners and admins can change retention.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Delete project" })).toHaveCount(0);
  });
});
