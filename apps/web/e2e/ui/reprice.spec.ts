import { ZCreatedApiKeyResponse } from "../../src/features/api-keys/contracts";
import { test } from "@playwright/test";
import { createProject, signUpBrowser, uniqueAccount } from "../support/accounts";
import { E2E_BASE_URL } from "../support/e2e-env";
import { readTraceCost, REPRICE_MODEL, sendPricedTraces } from "../support/priced-traces";
import { expect } from "../support/ui-expect";

const HOUR = 3_600_000;
const ORIGIN = { origin: E2E_BASE_URL };

test.describe("[PRICES]: repricing from the model prices page", () => {
  test("an owner reprices past spans with a price set after them and sees the job reach done", async ({
    page,
    context,
  }) => {
    test.setTimeout(120_000);
    await signUpBrowser(context, uniqueAccount("reprice-ui"));
    const project = await createProject(context.request, "Reprice UI");
    const created = await context.request.post(`/api/projects/${project.id}/api-keys`, {
      data: { note: "reprice e2e" },
      headers: ORIGIN,
    });
    expect(created.status(), await created.text()).toBe(201);
    const { apiKey } = ZCreatedApiKeyResponse.parse(await created.json());
    const keys = { publicKey: apiKey.publicKey, secretKey: apiKey.secretKey };
    const now = Date.now();
    const traceIds = await sendPricedTraces(context.request, {
      keys,
      startsMs: [now - HOUR, now - 2 * HOUR, now - 3 * HOUR],
    });
    const price = await context.request.post(`/api/projects/${project.id}/model-prices`, {
      headers: ORIGIN,
      data: {
        modelName: REPRICE_MODEL,
        matchPattern: REPRICE_MODEL,
        inputPerMTok: 2,
        outputPerMTok: 0,
        effectiveFrom: new Date(now - 5 * HOUR).toISOString(),
      },
    });
    expect(price.status(), await price.text()).toBe(200);

    await page.goto(`/project/${project.id}/settings/model-prices`);
    const prices = page.getByRole("table", { name: "Project model prices" });
    const row = prices.getByRole("row").filter({ hasText: REPRICE_MODEL });
    // The spans were stored before the price existed, so it has costed none of them yet.
    await expect(row).toContainText("0 spans costed");
    await expect(page.getByText("No repricing has run in this project yet.")).toBeVisible();

    await page.getByRole("button", { name: "Reprice", exact: true }).click();
    const jobs = page.getByRole("table", { name: "Reprice jobs" });
    const job = jobs.getByRole("row").nth(1);
    await expect(job).toHaveAttribute("data-state", "done", { timeout: 30_000 });
    await expect(job.getByRole("progressbar", { name: "Spans repriced" })).toHaveAttribute("aria-valuenow", "100");
    await expect(job).toContainText("3 / 3");
    await expect(job.getByRole("cell").nth(1)).toHaveText("all");
    await expect(job.getByRole("cell").nth(4)).toHaveText("3");
    await expect(row).toContainText("3 spans costed");
    await page.screenshot({ path: test.info().outputPath("reprice-done.png"), fullPage: true });
    await page
      .getByRole("region", { name: "Project prices", exact: true })
      .screenshot({ path: test.info().outputPath("reprice-project-prices.png") });
    await page
      .getByRole("region", { name: "Reprice past spans" })
      .screenshot({ path: test.info().outputPath("reprice-panel.png") });

    for (const traceId of traceIds) {
      expect(await readTraceCost(context.request, { keys, traceId })).toMatchObject({ traceCost: 2, spanCost: 2 });
    }

    await row.getByRole("link", { name: `Traces of ${REPRICE_MODEL}` }).click();
    await expect(page).toHaveURL(new RegExp(`/project/${project.id}/traces\\?model=${REPRICE_MODEL}`));

    await page.goBack();
    await row.getByRole("button", { name: `Retire ${REPRICE_MODEL}` }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Retire price" }).click();
    await expect(row.getByText("Retired")).toBeVisible();
    await expect(row.getByRole("button", { name: `Retire ${REPRICE_MODEL}` })).toHaveCount(0);
  });
});
