import { test } from "@playwright/test";
import { expect } from "../support/ui-expect";
import { createProject, signUpBrowser, uniqueAccount } from "../support/accounts";

test.describe("[MEMBERS]: managing members in settings", () => {
  test("an owner invites a new person who signs up through the link and lands in the project with the role", async ({
    page,
    context,
    browser,
  }, testInfo) => {
    await signUpBrowser(context, uniqueAccount("owner"));
    const project = await createProject(context.request, "Invite team");
    const newcomer = uniqueAccount("newcomer");

    await page.goto(`/project/${project.id}/settings/members`);
    await page.getByRole("button", { name: "Add member" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Email").fill(newcomer.email);
    await dialog.getByRole("combobox", { name: "Role" }).click();
    await page.getByRole("option", { name: /Viewer/ }).click();
    await dialog.getByRole("button", { name: "Create invitation" }).click();
    await expect(dialog.getByRole("heading", { name: "Invitation created" })).toBeVisible();
    const inviteUrl = (await dialog.getByTestId("invite-url").textContent()) ?? "";
    expect(inviteUrl).toMatch(/\/invite\/[A-Za-z0-9_-]{40,}$/);
    await page.screenshot({ path: testInfo.outputPath("invite-1-link.png") });
    await dialog.getByRole("button", { name: "Done" }).click();

    const pending = page
      .getByRole("table", { name: "Pending invitations" })
      .getByRole("row")
      .filter({ hasText: newcomer.email });
    await expect(pending).toContainText("Viewer");
    // Intl.RelativeTimeFormat says "next week" or "in 7 days" depending on the day of the week.
    await expect(pending).toContainText(/in (7 days|1 week)|next week/);
    await page.screenshot({ path: testInfo.outputPath("invite-2-pending.png"), fullPage: true });

    // The invited person: a browser of their own, never signed in.
    const theirs = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "10.9.8.7" } });
    const theirPage = await theirs.newPage();
    await theirPage.goto(inviteUrl);
    await expect(theirPage.getByRole("heading", { name: "Join Invite team" })).toBeVisible();
    await expect(theirPage.getByText(newcomer.email)).toBeVisible();
    await theirPage.getByLabel("Name").fill(newcomer.name);
    await theirPage.getByLabel("Password").fill(newcomer.password);
    await theirPage.screenshot({ path: testInfo.outputPath("invite-3-accept.png") });
    await theirPage.getByRole("button", { name: "Create account and join" }).click();
    await expect(theirPage).toHaveURL(new RegExp(`/project/${project.id}/traces`));
    await theirPage.goto(`/project/${project.id}/settings`);
    await expect(theirPage.getByText("Only owners and admins can rename the project.")).toBeVisible();
    await theirPage.screenshot({ path: testInfo.outputPath("invite-4-joined.png") });

    // The link is spent; the owner sees the newcomer as a viewer and no pending invitation.
    await theirPage.goto(inviteUrl);
    await expect(theirPage.getByText("This invitation has already been used")).toBeVisible();
    await theirs.close();
    await page.reload();
    await expect(
      page.getByRole("table", { name: "Members" }).getByRole("row").filter({ hasText: newcomer.email }),
    ).toContainText("Viewer");
    await expect(page.getByRole("table", { name: "Pending invitations" })).toHaveCount(0);
  });

  test("an owner revokes an invitation and its link says so; roles change and members leave", async ({
    page,
    context,
    browser,
  }) => {
    await signUpBrowser(context, uniqueAccount("owner"));
    const project = await createProject(context.request, "Team");
    const colleague = uniqueAccount("colleague");

    await page.goto(`/project/${project.id}/settings/members`);
    await page.getByRole("button", { name: "Add member" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Email").fill("not an email");
    await dialog.getByRole("button", { name: "Create invitation" }).click();
    await expect(dialog.getByText("Enter an email address")).toBeVisible();
    await dialog.getByLabel("Email").fill(colleague.email);
    await dialog.getByRole("button", { name: "Create invitation" }).click();
    const inviteUrl = (await dialog.getByTestId("invite-url").textContent()) ?? "";
    await dialog.getByRole("button", { name: "Done" }).click();

    await page.getByRole("button", { name: `Revoke invitation for ${colleague.email}` }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Revoke invitation" }).click();
    await expect(page.getByRole("table", { name: "Pending invitations" })).toHaveCount(0);

    const theirs = await browser.newContext();
    const theirPage = await theirs.newPage();
    await theirPage.goto(inviteUrl);
    await expect(theirPage.getByText("This invitation was revoked")).toBeVisible();
    await theirs.close();
  });
});
