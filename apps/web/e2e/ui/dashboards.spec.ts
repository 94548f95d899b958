import { test } from "@playwright/test";
import type { Page } from "@playwright/test";
import { OWNER_BEARER, signInToOwnerProject } from "../support/otlp-send";
import { newRunLabel, seedTraces, sendListTraces } from "../support/trace-list-seed";
import type { TListTrace } from "../support/trace-list-seed";
import { expect } from "../support/ui-expect";

/**
 * Six traces of one run over three models: two an hour and more ago, four within the last hour.
 * gpt-4o is dear and good, gpt-4o-mini cheap and fair, claude-3-haiku dearer than mini and worse:
 * the front is gpt-4o and gpt-4o-mini.
 */
function dashboardTraces(run: string): { traces: TListTrace[]; quality: Record<string, number> } {
  const [a, b, c, d] = seedTraces(run);
  const models = [
    { ...a!, model: "gpt-4o", costUsd: 0.02, agoMs: 150 * 60_000 },
    { ...b!, model: "gpt-4o", costUsd: 0.02, agoMs: 40 * 60_000 },
    { ...c!, model: "gpt-4o-mini", costUsd: 0.002, agoMs: 30 * 60_000 },
    { ...d!, model: "gpt-4o-mini", costUsd: 0.002, agoMs: 20 * 60_000 },
  ];
  const haiku = seedTraces(run)
    .slice(0, 2)
    .map((trace, index) => ({
      ...trace,
      model: "claude-3-haiku",
      costUsd: 0.004,
      isError: false,
      agoMs: (index === 0 ? 90 : 10) * 60_000,
    }));
  return { traces: [...models, ...haiku], quality: { "gpt-4o": 0.9, "gpt-4o-mini": 0.6, "claude-3-haiku": 0.5 } };
}

const card = (page: Page, title: string) => page.getByRole("region", { name: title, exact: true });

test.describe("[DASHBOARDS]: the project dashboard", () => {
  test("charts the run, follows the time range, opens a point's traces and shows the model front", async ({
    page,
    context,
    request,
  }) => {
    test.setTimeout(180_000);
    const run = newRunLabel();
    const { traces, quality } = dashboardTraces(run);
    await sendListTraces(request, traces);
    const scoreName = `${run}-quality`;
    for (const trace of traces) {
      const response = await request.post("/api/public/scores", {
        headers: OWNER_BEARER,
        data: { traceId: trace.traceId, name: scoreName, value: quality[trace.model!] },
      });
      expect(response.status(), await response.text()).toBe(201);
    }
    const projectId = await signInToOwnerProject(context);

    await page.goto(`/project/${projectId}/dashboards?range=24h&tags=${run}`);
    // The first view waits for the server page and twelve metrics queries on a busy machine.
    await expect(page.getByTestId("tile-Traces")).toHaveText("6", { timeout: 30_000 });
    await expect(page.getByTestId("tile-Cost")).toHaveText("$0.052");
    await expect(card(page, "Traces").getByTestId("card-headline")).toHaveText("6 traces");
    await expect(card(page, "Cost").locator(".recharts-bar-rectangle path").first()).toBeVisible();
    await page.screenshot({ path: test.info().outputPath("dashboard-24h.png"), fullPage: true });

    await page.getByRole("combobox", { name: "Time range" }).click();
    await page.getByRole("option", { name: "Last hour" }).click();
    await expect(page).toHaveURL(/range=1h/);
    await expect(page.getByTestId("tile-Traces")).toHaveText("4");
    await expect(card(page, "Traces").getByTestId("card-headline")).toHaveText("4 traces");
    await expect(card(page, "Top users by cost").getByRole("link")).toHaveCount(3);

    // The minute bucket of one trace: the list opens with the run's tag and that minute only.
    await card(page, "Traces").locator(".recharts-bar-rectangle path").first().click();
    await expect(page).toHaveURL(new RegExp(`/project/${projectId}/traces\\?from=[^&]+&to=[^&]+&tags=${run}`));
    const url = new URL(page.url());
    expect(Date.parse(url.searchParams.get("to")!) - Date.parse(url.searchParams.get("from")!)).toBe(60_000);
    await expect(page.getByRole("row").filter({ hasText: run })).toHaveCount(1);

    await page.goto(`/project/${projectId}/dashboards?range=24h&tags=${run}&compareScore=${scoreName}`);
    const table = page.getByRole("table", { name: "Model comparison table" });
    // A fresh page load runs every chart's query again: as slow as the first view on a busy machine.
    await expect(table.getByRole("row")).toHaveCount(4, { timeout: 30_000 });
    const rowOf = (model: string) =>
      table.getByRole("row").filter({ has: page.getByRole("link", { name: model, exact: true }) });
    await expect(rowOf("gpt-4o")).toContainText("Pareto front");
    await expect(rowOf("gpt-4o-mini")).toContainText("Pareto front");
    await expect(rowOf("claude-3-haiku")).not.toContainText("Pareto front");
    await expect(rowOf("claude-3-haiku")).toContainText("0.50");
    await expect(card(page, "Model comparison").locator(".recharts-scatter-symbol")).toHaveCount(3);
    const comparison = page.getByRole("region", { name: "Which model is worth it" });
    await comparison.scrollIntoViewIfNeeded();
    await comparison.screenshot({ path: test.info().outputPath("model-comparison.png") });
    await page.screenshot({ path: test.info().outputPath("dashboard-scores.png"), fullPage: true });

    // The same page in the dark theme (the cookie the user menu sets), for a look at the charts.
    await context.addCookies([{ name: "spanlight-theme", value: "dark", url: page.url() }]);
    await page.reload();
    await expect(page.getByTestId("tile-Traces")).toHaveText("6", { timeout: 30_000 });
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    await page.screenshot({ path: test.info().outputPath("dashboard-dark.png"), fullPage: true });
  });
});
