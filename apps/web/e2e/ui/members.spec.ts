import { test } from "@playwright/test";
import { expect } from "../support/ui-expect";
import { createProject, signUpApiClient, signUpBrowser, uniqueAccount } from "../support/accounts";

test.describe("[MEMBERS]: managing members in settings", () => {
  test("an owner adds a member by email, changes their role and removes them", async ({ page, context }) => {
    await signUpBrowser(context, uniqueAccount("owner"));
    const project = await createProject(context.request, "Team");
    const colleague = uniqueAccount("colleague");
    await signUpApiClient(colleague);

    await page.goto(`/project/${project.id}/settings/members`);
    await page.getByRole("button", { name: "Add member" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Email").fill("nobody-here@spanlight.test");
    await dialog.getByRole("button", { name: "Add member" }).click();
    await expect(dialog.getByRole("alert")).toContainText("ask them to sign up first");

    await dialog.getByLabel("Email").fill(colleague.email);
    await dialog.getByRole("combobox", { name: "Role" }).click();
    await page.getByRole("option", { name: /Viewer/ }).click();
    await dialog.getByRole("button", { name: "Add member" }).click();
    await expect(dialog).toBeHidden();

    const row = page.getByRole("row").filter({ hasText: colleague.email });
    const roleSelect = row.getByRole("combobox", { name: `Role of ${colleague.email}` });
    await expect(roleSelect).toHaveText("Viewer");
    await page.screenshot({ path: test.info().outputPath("members.png"), fullPage: true });

    await roleSelect.click();
    await page.getByRole("option", { name: /Admin/ }).click();
    await expect(roleSelect).toHaveText("Admin");
    await page.reload();
    await expect(page.getByRole("row").filter({ hasText: colleague.email }).getByRole("combobox")).toHaveText("Admin");

    await page.getByRole("button", { name: `Remove ${colleague.email}` }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Remove member" }).click();
    await expect(page.getByRole("row").filter({ hasText: colleague.email })).toHaveCount(0);
  });
});
