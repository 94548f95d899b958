import { test } from "@playwright/test";
import type { APIRequestContext, Page } from "@playwright/test";
import { newApiClient } from "../support/accounts";
import { OWNER_BEARER, signInToOwnerProject } from "../support/otlp-send";
import { newRunLabel, seedTraces, sendListTraces } from "../support/trace-list-seed";
import type { TListTrace } from "../support/trace-list-seed";
import { expect } from "../support/ui-expect";

const run = newRunLabel();
const traces = seedTraces(run);
const [checkout, flights, summarize, translate] = traces as [TListTrace, TListTrace, TListTrace, TListTrace];

let api: APIRequestContext;

test.beforeAll(async () => {
  api = await newApiClient();
  await sendListTraces(api, traces);
});

test.afterAll(async () => {
  await api.dispose();
});

const traceRows = (page: Page) => page.getByRole("table", { name: "Traces" }).locator("tbody tr[data-trace-id]");

test.describe("[TRACES]: acting on the trace list", () => {
  test("searches as you type, filters by a clicked tag, and fits 1440 px and 1024 px", async ({ page, context }) => {
    const projectId = await signInToOwnerProject(context);
    await page.goto(`/project/${projectId}/traces?tags=${run}`);
    await expect(traceRows(page)).toHaveCount(4);
    await page.screenshot({ path: test.info().outputPath("trace-list-1440-light.png") });

    // No Enter: the search runs once typing pauses.
    await page.getByRole("searchbox", { name: "Search input and output" }).fill(`lisbon-${run}`);
    await expect(page).toHaveURL(new RegExp(`[?&]search=lisbon-${run}`));
    await expect(traceRows(page)).toHaveCount(1);
    await expect(traceRows(page).first()).toHaveAttribute("data-trace-id", flights.traceId);
    await page.getByRole("button", { name: "Clear search" }).click();
    await expect(traceRows(page)).toHaveCount(4);

    await traceRows(page)
      .filter({ hasText: checkout.name })
      .getByRole("button", { name: "Filter by tag prod" })
      .click();
    await expect(page).toHaveURL(/[?&]tags=[^&]*prod/);
    await expect(traceRows(page)).toHaveCount(2);
    await expect(page.getByRole("button", { name: "Remove filter Tag: prod" })).toBeVisible();

    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto(`/project/${projectId}/traces?tags=${run}`);
    await expect(traceRows(page)).toHaveCount(4);
    // Nothing wider than the window: the table scrolls inside its own box.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: test.info().outputPath("trace-list-1024-light.png") });
  });

  test("selects rows and deletes them with their spans, after a confirmation", async ({ page, context }) => {
    const projectId = await signInToOwnerProject(context);
    await page.goto(`/project/${projectId}/traces?tags=${run}`);
    await expect(traceRows(page)).toHaveCount(4);

    for (const trace of [summarize, translate]) {
      await traceRows(page).filter({ hasText: trace.name }).getByRole("checkbox").check();
    }
    const bar = page.getByRole("region", { name: "Selected traces" });
    await expect(bar).toContainText("2 traces selected");
    await page.screenshot({ path: test.info().outputPath("trace-list-selection.png") });
    await bar.getByRole("button", { name: "Delete 2 selected traces" }).click();
    const dialog = page.getByRole("dialog", { name: "Delete 2 traces?" });
    await dialog.getByRole("button", { name: "Delete traces" }).click();
    await expect(dialog).toBeHidden();
    await expect(traceRows(page)).toHaveCount(2);
    await expect(bar).toBeHidden();

    for (const trace of [summarize, translate]) {
      const response = await api.get(`/api/public/traces/${trace.traceId}`, { headers: OWNER_BEARER });
      expect(response.status()).toBe(404);
    }
    await page.reload();
    await expect(traceRows(page)).toHaveCount(2);
  });
});
