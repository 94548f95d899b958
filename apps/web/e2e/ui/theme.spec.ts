import { test } from "@playwright/test";
import type { Page } from "@playwright/test";
import { chatTrace, sendOtlp } from "../api/explorer-fixtures";
import { createProject, signUpBrowser, uniqueAccount } from "../support/accounts";
import { expect } from "../support/ui-expect";

/** The page background's lightness, 0 (black) to 255 (white), as the browser painted it. */
async function backgroundLightness(page: Page): Promise<number> {
  return page.evaluate(() => {
    const canvas = document.createElement("canvas").getContext("2d")!;
    canvas.fillStyle = getComputedStyle(document.body).backgroundColor;
    canvas.fillRect(0, 0, 1, 1);
    const [red, green, blue] = canvas.getImageData(0, 0, 1, 1).data;
    return Math.round((red! + green! + blue!) / 3);
  });
}

async function chooseTheme(page: Page, label: string) {
  await page.getByRole("button", { name: "User menu" }).click();
  await page.getByRole("menuitemradio", { name: label }).click();
  await page.keyboard.press("Escape");
}

// A zone far from the server's UTC, so "local" and "UTC" differ on screen.
test.use({ timezoneId: "Asia/Tokyo" });

test.describe("[THEME]: light, dark and the system's theme; local time or UTC", () => {
  test("the user menu switches to dark at once, and it stays after a reload", async ({ page, context }) => {
    await signUpBrowser(context, uniqueAccount("theme"));
    const project = await createProject(context.request, "Dark room");
    const keys = await context.request.post(`/api/projects/${project.id}/api-keys`, { data: { note: "theme" } });
    const { apiKey } = (await keys.json()) as { apiKey: { publicKey: string; secretKey: string } };
    const trace = chatTrace({ userId: "u", sessionId: "s", tags: ["t"], question: "Dark or light?", answer: "Both." });
    await sendOtlp(context.request, trace.body, apiKey);

    await page.emulateMedia({ colorScheme: "light" });
    await page.goto(`/project/${project.id}/traces`);
    await expect(page.getByRole("row").filter({ hasText: "Dark or light?" })).toBeVisible();
    expect(await backgroundLightness(page)).toBeGreaterThan(240);

    await chooseTheme(page, "Dark");
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    expect(await backgroundLightness(page)).toBeLessThan(40);
    await page.screenshot({ path: test.info().outputPath("traces-dark.png") });
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.screenshot({ path: test.info().outputPath("traces-dark-1024.png") });
    await page.setViewportSize({ width: 1440, height: 900 });

    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    expect(await backgroundLightness(page)).toBeLessThan(40);
    await page.goto(`/project/${project.id}/traces/${trace.traceId}`);
    await page
      .getByRole("treeitem")
      .filter({ hasText: /chat|openai/i })
      .first()
      .click();
    await page.screenshot({ path: test.info().outputPath("trace-dark.png") });

    // Times: Tokyo's clock by default, UTC on request (and the choice is kept).
    const started = page.locator("header time[datetime]").first();
    const startIso = (await started.getAttribute("datetime"))!;
    const utcText = new Date(startIso).toISOString().replace("T", " ").slice(0, 23);
    const tokyoText = new Date(Date.parse(startIso) + 9 * 3_600_000).toISOString().replace("T", " ").slice(0, 23);
    await expect(started).toContainText(tokyoText);
    await page.getByRole("button", { name: "User menu" }).click();
    await page.getByRole("menuitemradio", { name: "UTC" }).click();
    await page.keyboard.press("Escape");
    await expect(started).toContainText(`${utcText}UTC`);
    await page.reload();
    await expect(page.locator("header time[datetime]").first()).toContainText(`${utcText}UTC`);

    // System follows the operating system's preference.
    await chooseTheme(page, "System");
    await page.emulateMedia({ colorScheme: "dark" });
    expect(await backgroundLightness(page)).toBeLessThan(40);
    await page.emulateMedia({ colorScheme: "light" });
    expect(await backgroundLightness(page)).toBeGreaterThan(240);
  });
});
