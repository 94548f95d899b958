import { test } from "@playwright/test";
import { postOtlpJson, randomTraceId, signInToOwnerProject, waitForTrace } from "../support/otlp-send";
import { xssTraceJson } from "../support/synthetic-traces";
import { E2E_BASE_URL } from "../support/e2e-env";
import { expect } from "../support/ui-expect";

test.describe("[TRACES]: span content is inert", () => {
  test("script tags, event handlers, javascript: links and remote images in a model's answer do nothing", async ({
    page,
    context,
    request,
  }) => {
    const traceId = randomTraceId();
    await postOtlpJson(request, xssTraceJson(traceId));
    await waitForTrace(request, { traceId, spanCount: 1 });
    const projectId = await signInToOwnerProject(context);
    const foreignRequests: string[] = [];
    page.on("request", (sent) => {
      if (!sent.url().startsWith(E2E_BASE_URL) && !sent.url().startsWith("data:")) foreignRequests.push(sent.url());
    });
    const pageErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));

    await page.goto(`/project/${projectId}/traces/${traceId}`);
    await page.getByRole("treeitem", { name: "chat hostile-model" }).click();
    await expect(page).toHaveURL(/[?&]span=[0-9a-f]{16}/);
    const answer = page.getByRole("list", { name: "Output messages" });
    await expect(answer).toContainText("Here is my answer.");
    await expect(answer).toContainText("<script>window.__xss=1</script>");
    await expect(answer).toContainText('<img src=x onerror="window.__xss=2">');
    await expect(answer.locator("script, img, iframe")).toHaveCount(0);

    const link = answer.getByText("click", { exact: true });
    await expect(link).toBeVisible();
    await expect(answer.locator("a[href^='javascript']")).toHaveCount(0);
    const urlBefore = page.url();
    await link.click();
    await expect(answer.getByRole("button", { name: "Load image from images.example.com" })).toBeVisible();

    await page.screenshot({ path: test.info().outputPath("trace-detail-xss.png"), fullPage: false });
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(page.url()).toBe(urlBefore);
    expect(foreignRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
