import { test } from "@playwright/test";
import { expect } from "../support/ui-expect";
import { createProject, signUpBrowser, uniqueAccount } from "../support/accounts";

test.describe("[PROJECTS]: the project shell", () => {
  test("the sidebar reaches every section and the switcher creates and switches projects", async ({
    page,
    context,
  }) => {
    await signUpBrowser(context, uniqueAccount("shell"));
    const first = await createProject(context.request, "Alpha");

    await page.goto("/");
    await expect(page).toHaveURL(new RegExp(`/project/${first.id}/traces$`));
    await expect(page.getByRole("heading", { name: "No traces yet" })).toBeVisible();
    await expect(page.getByText(`/api/public/otel`).first()).toBeVisible();
    await expect(page.getByRole("link", { name: "Create an API key" })).toHaveAttribute(
      "href",
      `/project/${first.id}/settings/api-keys`,
    );
    await page.screenshot({ path: test.info().outputPath("traces-empty-state.png"), fullPage: true });

    const nav = page.getByRole("navigation", { name: "Project" });
    for (const [label, heading] of [
      ["Sessions", "No sessions yet"],
      // Scores is a page of its own now (filters, charts, configs), empty or not.
      ["Scores", "Scores"],
      ["Datasets", "No datasets yet"],
      ["Dashboards", "No data to chart yet"],
      ["Traces", "No traces yet"],
    ] as const) {
      await nav.getByRole("link", { name: label }).click();
      await expect(page.getByRole("heading", { name: heading, exact: true })).toBeVisible();
      await expect(nav.getByRole("link", { name: label })).toHaveAttribute("aria-current", "page");
    }
    await nav.getByRole("link", { name: "Settings" }).click();
    await expect(page.getByRole("heading", { name: "Settings", level: 1 })).toBeVisible();

    await page.getByRole("button", { name: "Switch project" }).click();
    await page.getByRole("menuitem", { name: "New project" }).click();
    await expect(page).toHaveURL(/\/projects\/new$/);
    await page.getByLabel("Project name").fill("Beta");
    await page.getByRole("button", { name: "Create project" }).click();
    await expect(page.getByRole("button", { name: "Switch project" })).toContainText("Beta");

    await page.getByRole("button", { name: "Switch project" }).click();
    const menu = page.getByRole("menu");
    await expect(menu.getByRole("menuitem")).toHaveCount(3);
    await expect(menu.getByRole("menuitem", { name: "Beta" })).toContainText("Beta");
    await expect(menu.getByRole("menuitem").last()).toHaveAccessibleName("New project");
    await menu.getByRole("menuitem", { name: "Alpha" }).click();
    await expect(page).toHaveURL(new RegExp(`/project/${first.id}/traces$`));
  });

  test("owners rename the project in settings", async ({ page, context }) => {
    await signUpBrowser(context, uniqueAccount("rename"));
    const project = await createProject(context.request, "Before");
    await page.goto(`/project/${project.id}/settings`);

    await page.getByRole("textbox", { name: "Project name" }).fill("After");
    // Settings has a Save per card (name, retention): this is the name's.
    await page.getByRole("region", { name: "Name" }).getByRole("button", { name: "Save" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Switch project" })).toContainText("After");
  });

  test("a project the person is not a member of is a 404", async ({ page, context }) => {
    const otherOwner = uniqueAccount("other");
    await signUpBrowser(context, otherOwner);
    const foreign = await createProject(context.request, "Not yours");
    await context.clearCookies();
    await signUpBrowser(context, uniqueAccount("outsider"));

    for (const path of [`/project/${foreign.id}/traces`, "/project/does-not-exist/settings"]) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    }
  });
});

test.describe("[PROJECTS]: the shell at 1024 px", () => {
  test("the sidebar shows icons only on a narrow screen, expands on request and remembers it", async ({
    page,
    context,
  }) => {
    await signUpBrowser(context, uniqueAccount("narrow"));
    const project = await createProject(context.request, "Narrow");
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto(`/project/${project.id}/traces`);
    const nav = page.getByRole("navigation", { name: "Project" });
    // Icons only: the links keep their names (aria-label) but no label takes room.
    await expect(nav.getByRole("link", { name: "Sessions" })).toBeVisible();
    await expect(nav.getByText("Sessions", { exact: true })).toBeHidden();
    const sidebarWidth = async () => (await page.locator("aside[data-sidebar]").boundingBox())!.width;
    expect(await sidebarWidth()).toBeLessThan(64);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: test.info().outputPath("shell-1024-collapsed.png") });

    await page.getByRole("button", { name: "Expand sidebar" }).click();
    await expect(nav.getByText("Sessions", { exact: true })).toBeVisible();
    await expect.poll(sidebarWidth).toBeGreaterThan(200);
    await page.reload();
    await expect(nav.getByText("Sessions", { exact: true })).toBeVisible();
    await page.getByRole("button", { name: "Collapse sidebar" }).click();
    await expect(nav.getByText("Sessions", { exact: true })).toBeHidden();
  });
});
