import { test } from "@playwright/test";
import type { APIRequestContext, Download, Page } from "@playwright/test";
import { addMember, newApiClient, signInApiClient, signUpBrowser, uniqueAccount } from "../support/accounts";
import { E2E_OWNER } from "../support/e2e-env";
import { postOtlpJson, signInToOwnerProject, waitForTrace } from "../support/otlp-send";
import { manyTracesJson, newRunLabel, seedTraces, sendListTraces } from "../support/trace-list-seed";
import type { TListTrace } from "../support/trace-list-seed";
import { expect } from "../support/ui-expect";

// Every spec sends to the init project, so each view here starts filtered to this run's tag.
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

function traceTable(page: Page) {
  return page.getByRole("table", { name: "Traces" });
}

function traceRows(page: Page) {
  return traceTable(page).locator("tbody tr[data-trace-id]");
}

async function openRunView(page: Page, projectId: string, extra = ""): Promise<void> {
  await page.goto(`/project/${projectId}/traces?tags=${run}${extra}`);
  await expect(traceTable(page)).toBeVisible();
}

async function readDownload(download: Download): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

async function rowTraceIds(page: Page): Promise<string[]> {
  return traceRows(page).evaluateAll((rows) => rows.map((row) => row.getAttribute("data-trace-id") ?? ""));
}

test.describe("[TRACES]: the trace list", () => {
  test("lists the traces, narrows them by user through the filter panel, and keeps the filter on reload", async ({
    page,
    context,
  }) => {
    const consoleErrors: string[] = [];
    page.on("console", (message) => {
      // The app has no favicon yet; every page logs that 404.
      const url = message.location().url;
      if (message.type() === "error" && !url.endsWith("/favicon.ico")) consoleErrors.push(`${message.text()} ${url}`);
    });
    const projectId = await signInToOwnerProject(context);
    await openRunView(page, projectId);

    await expect(traceRows(page)).toHaveCount(4);
    const flightsRow = traceRows(page).filter({ hasText: flights.name });
    await expect(flightsRow).toContainText(flights.userId);
    await expect(flightsRow).toContainText("$0.012");
    await expect(flightsRow).toContainText("3.25s");
    await expect(flightsRow).toContainText("14.3k");
    await expect(flightsRow.getByLabel("1 error")).toBeVisible();
    await expect(flightsRow.getByRole("link", { name: flights.userId })).toHaveAttribute(
      "href",
      `/project/${projectId}/users/${flights.userId}`,
    );
    await expect(flightsRow.getByRole("img", { name: "Span kinds: Chain, LLM" })).toBeVisible();
    await expect(flightsRow).toContainText("gpt-4o-mini");

    await page.screenshot({ path: test.info().outputPath("trace-list.png"), fullPage: true });

    // Session starts hidden; the Display menu shows it, and the choice outlives a reload.
    await expect(flightsRow.getByRole("link", { name: flights.sessionId })).toBeHidden();
    await page.getByRole("button", { name: "Display" }).click();
    await page.getByRole("menuitemcheckbox", { name: "Session" }).click();
    await page.getByRole("menuitemradio", { name: "Comfortable" }).click();
    await page.keyboard.press("Escape");
    await expect(flightsRow.getByRole("link", { name: flights.sessionId })).toHaveAttribute(
      "href",
      `/project/${projectId}/sessions/${flights.sessionId}`,
    );
    await expect(flightsRow).toHaveCSS("height", "44px");
    await page.reload();
    await expect(flightsRow.getByRole("link", { name: flights.sessionId })).toBeVisible();
    await expect(flightsRow).toHaveCSS("height", "44px");
    await page.getByRole("button", { name: "Display" }).click();
    await page.getByRole("menuitemcheckbox", { name: "Session" }).click();
    await page.getByRole("menuitemradio", { name: "Compact" }).click();
    await page.keyboard.press("Escape");
    await expect(flightsRow).toHaveCSS("height", "32px");
    await expect(traceRows(page).filter({ hasText: translate.name })).toContainText("$0.05");

    await page.getByRole("button", { name: "Filters" }).click();
    const panel = page.getByRole("form", { name: "Filters" });
    // The field suggests the users that exist in the window, with their trace counts.
    await expect(panel.getByLabel("User ID")).toHaveAttribute("list", "facets-userId");
    await expect(panel.locator(`datalist#facets-userId option[value="${summarize.userId}"]`)).toHaveAttribute(
      "label",
      /^\d+ traces?$/,
    );
    await panel.getByLabel("User ID").fill(summarize.userId);
    await page.screenshot({ path: test.info().outputPath("trace-list-filters.png"), fullPage: true });
    await panel.getByRole("button", { name: "Apply filters" }).click();

    await expect(page).toHaveURL(new RegExp(`[?&]userId=${summarize.userId}(&|$)`));
    await expect(traceRows(page)).toHaveCount(1);
    await expect(traceRows(page)).toContainText(summarize.name);
    const activeFilters = page.getByRole("list", { name: "Active filters" });
    await expect(activeFilters).toContainText(`User${summarize.userId}`);

    await page.reload();
    await expect(traceRows(page)).toHaveCount(1);
    await expect(traceRows(page)).toContainText(summarize.name);
    await expect(activeFilters).toContainText(summarize.userId);

    await activeFilters.getByRole("button", { name: `Remove filter User: ${summarize.userId}` }).click();
    await expect(traceRows(page)).toHaveCount(4);
    await expect(page).not.toHaveURL(/userId=/);
    // Hydration mismatches and failed requests surface here.
    expect(consoleErrors).toEqual([]);
  });

  test("renders the first page into the server's HTML, sorted as the URL asks", async ({ context }) => {
    const projectId = await signInToOwnerProject(context);
    const response = await context.request.get(`/project/${projectId}/traces?tags=${run}&sort=cost&order=asc`);
    expect(response.status()).toBe(200);
    const html = await response.text();
    const positions = [summarize, checkout, flights, translate].map((trace) =>
      html.indexOf(`data-trace-id="${trace.traceId}"`),
    );
    expect(positions.every((position) => position > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  test("shows a no-match state with a reset when the filters match nothing", async ({ page, context }) => {
    const projectId = await signInToOwnerProject(context);
    await page.goto(`/project/${projectId}/traces?tags=${run}&userId=${run}-nobody`);
    await expect(page.getByRole("heading", { name: "No traces match" })).toBeVisible();
    await page.getByRole("button", { name: "Reset filters" }).click();
    await expect(page).toHaveURL(new RegExp(`/project/${projectId}/traces$`));
    await expect(traceTable(page)).toBeVisible();
  });

  test("finds a trace by text in its input", async ({ page, context }) => {
    const projectId = await signInToOwnerProject(context);
    await openRunView(page, projectId);
    const search = page.getByRole("searchbox", { name: "Search input and output" });
    await search.fill(`LISBON-${run}`);
    await search.press("Enter");
    await expect(page).toHaveURL(new RegExp(`[?&]search=LISBON-${run}`));
    await expect(traceRows(page)).toHaveCount(1);
    await expect(traceRows(page)).toContainText(flights.name);
    await expect(traceRows(page)).toContainText(`Find flights to Lisbon-${run}`);
  });

  test("sorts by cost on the server when the Cost header is clicked", async ({ page, context }) => {
    const projectId = await signInToOwnerProject(context);
    await openRunView(page, projectId);
    const byCost = [...traces].sort((a, b) => b.costUsd - a.costUsd).map((trace) => trace.traceId);

    await traceTable(page).getByRole("button", { name: "Cost" }).click();
    await expect(page).toHaveURL(/[?&]sort=cost(&|$)/);
    await expect(traceTable(page).getByRole("columnheader", { name: "Cost" })).toHaveAttribute(
      "aria-sort",
      "descending",
    );
    await expect.poll(() => rowTraceIds(page)).toEqual(byCost);

    await traceTable(page).getByRole("button", { name: "Cost" }).click();
    await expect(page).toHaveURL(/[?&]sort=cost&order=asc/);
    await expect.poll(() => rowTraceIds(page)).toEqual([...byCost].reverse());
  });

  test("a dragged column keeps its width after a reload, and the display menu resets it", async ({ page, context }) => {
    const projectId = await signInToOwnerProject(context);
    await openRunView(page, projectId);
    const header = traceTable(page).getByRole("columnheader", { name: "Latency" });
    const widthBefore = (await header.boundingBox())!.width;
    const handle = page.locator('[data-column-resizer="latency"]');
    await header.hover();
    const box = (await handle.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + 90, box.y + box.height / 2, { steps: 6 });
    await page.mouse.up();
    await expect.poll(async () => (await header.boundingBox())!.width).toBeGreaterThan(widthBefore + 60);

    await page.reload();
    await expect.poll(async () => (await header.boundingBox())!.width).toBeGreaterThan(widthBefore + 60);
    await page.getByRole("button", { name: "Display" }).click();
    await page.getByRole("menuitem", { name: "Reset column widths" }).click();
    await expect.poll(async () => Math.round((await header.boundingBox())!.width)).toBe(Math.round(widthBefore));
  });

  test("exports the filtered list and the selected rows as files", async ({ page, context }) => {
    const projectId = await signInToOwnerProject(context);
    await openRunView(page, projectId);
    await expect(traceRows(page)).toHaveCount(4);

    await page.getByRole("button", { name: "Export the filtered list" }).click();
    const [whole] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("menuitem", { name: "JSON" }).click(),
    ]);
    expect(whole.suggestedFilename()).toMatch(/^traces-.*\.json$/);
    const exported = JSON.parse(await readDownload(whole)) as Array<{ traceId: string }>;
    expect(exported.map((trace) => trace.traceId).sort()).toEqual(traces.map((trace) => trace.traceId).sort());

    await traceRows(page).filter({ hasText: flights.name }).getByRole("checkbox").check();
    await page
      .getByRole("region", { name: "Selected traces" })
      .getByRole("button", { name: "Export the selection" })
      .click();
    const [selected] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("menuitem", { name: "CSV" }).click(),
    ]);
    const lines = (await readDownload(selected)).trim().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(flights.traceId);
  });

  test("opens a trace when its row is clicked", async ({ page, context }) => {
    const projectId = await signInToOwnerProject(context);
    await openRunView(page, projectId);
    await traceRows(page).filter({ hasText: checkout.name }).getByText("$0.003").click();
    await expect(page).toHaveURL(new RegExp(`/project/${projectId}/traces/${checkout.traceId}$`));
    await expect(page.getByRole("heading", { level: 1, name: checkout.name })).toBeVisible();
  });

  test("saves the current view and opens it again from the views menu", async ({ page, context }) => {
    const projectId = await signInToOwnerProject(context);
    await openRunView(page, projectId, "&status=error&sort=latency");
    await expect(traceRows(page)).toHaveCount(1);
    const viewName = `${run} failures`;

    await page.getByRole("button", { name: "Save view" }).click();
    const dialog = page.getByRole("dialog", { name: "Save view" });
    await dialog.getByLabel("Name").fill(viewName);
    await dialog.getByRole("button", { name: "Save view" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole("button", { name: `Saved views: ${viewName}` })).toBeVisible();

    await page.getByRole("button", { name: "Clear all" }).click();
    await expect(page).toHaveURL(new RegExp(`/project/${projectId}/traces$`));
    await page.getByRole("button", { name: "Saved views" }).click();
    await page.getByRole("menuitem", { name: viewName, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`[?&]tags=${run}&status=error&sort=latency`));
    await expect(traceRows(page)).toHaveCount(1);
    await expect(traceRows(page)).toContainText(flights.name);

    await page.getByRole("button", { name: `Saved views: ${viewName}` }).click();
    await page.getByRole("menuitem", { name: `Delete view ${viewName}` }).click();
    await expect(page.getByRole("menuitem", { name: viewName, exact: true })).toBeHidden();
  });

  test("switches between a preset time range and custom bounds, and live follows only open-ended ranges", async ({
    page,
    context,
  }) => {
    const projectId = await signInToOwnerProject(context);
    await openRunView(page, projectId);
    const live = page.getByRole("button", { name: "Live" });
    await expect(live).toBeEnabled();

    await page.getByRole("combobox", { name: "Time range" }).click();
    await page.getByRole("option", { name: "Custom range…" }).click();
    await expect(page).toHaveURL(/[?&]from=[^&]+&to=/);
    await expect(page.getByLabel("From", { exact: true })).toBeVisible();
    await expect(page.getByLabel("To", { exact: true })).toBeVisible();
    await expect(traceRows(page)).toHaveCount(4);
    await expect(live).toBeDisabled();

    await page.getByRole("combobox", { name: "Time range" }).click();
    await page.getByRole("option", { name: "Last 15 minutes" }).click();
    await expect(page).toHaveURL(/[?&]range=15m(&|$)/);
    await expect(page).not.toHaveURL(/from=/);
    await expect(traceRows(page)).toHaveCount(4);
    await expect(live).toBeEnabled();
  });

  test("live mode shows a trace sent after the page loaded, without a reload", async ({ page, context }) => {
    const projectId = await signInToOwnerProject(context);
    await openRunView(page, projectId, "&range=1h");
    await expect(traceRows(page)).toHaveCount(4);
    await page.evaluate(() => Object.assign(window, { __sameDocument: true }));

    await page.getByRole("button", { name: "Live" }).click();
    await expect(page.getByRole("button", { name: "Live" })).toHaveAttribute("aria-pressed", "true");
    const [late] = seedTraces(run).map((trace) => ({ ...trace, name: `${run}-late`, agoMs: 1_000 }));
    await sendListTraces(api, [late!]);

    const lateRow = traceRows(page).first();
    await expect(lateRow).toContainText(late!.name, { timeout: 20_000 });
    await expect(lateRow).toHaveAttribute("data-trace-id", late!.traceId);
    await expect(traceRows(page)).toHaveCount(5);
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    await page.screenshot({ path: test.info().outputPath("trace-list-live.png"), fullPage: true });
  });

  test("loads later pages as the list scrolls, keeping only the rows on screen in the page", async ({
    page,
    context,
  }) => {
    const bulkTag = `${run}-bulk`;
    const bulk = manyTracesJson(bulkTag, 130);
    await postOtlpJson(api, bulk.body);
    for (const traceId of [bulk.traceIds[0]!, bulk.traceIds.at(-1)!])
      await waitForTrace(api, { traceId, spanCount: 1 });
    const projectId = await signInToOwnerProject(context);
    await page.goto(`/project/${projectId}/traces?tags=${bulkTag}`);
    await expect(traceRows(page).first()).toContainText(`${bulkTag}-bulk-129`);
    await page.screenshot({ path: test.info().outputPath("trace-list-many.png"), fullPage: true });

    const scroller = page.getByTestId("trace-table-scroll");
    const footer = page.getByText("130 traces · end of list");
    await expect(async () => {
      await scroller.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
      await expect(footer).toBeInViewport({ timeout: 1_000 });
    }).toPass({ timeout: 30_000 });
    await expect(traceRows(page).last()).toContainText(`${bulkTag}-bulk-000`);
    expect(await traceRows(page).count()).toBeLessThan(80);
    await page.screenshot({ path: test.info().outputPath("trace-list-scrolled.png") });
  });

  test("a viewer opens saved views but cannot save or delete them", async ({ page, context }) => {
    const viewer = uniqueAccount("list-viewer");
    await signUpBrowser(context, viewer);
    const owner = await signInApiClient(E2E_OWNER);
    const { projects } = (await (await owner.get("/api/projects")).json()) as {
      projects: { id: string; name: string }[];
    };
    const projectId = projects.find((project) => project.name === E2E_OWNER.projectName)!.id;
    await addMember(owner, { projectId, account: viewer, role: "VIEWER" });
    const viewName = `${run} for viewers`;
    const created = await owner.post(`/api/projects/${projectId}/saved-views`, {
      data: { name: viewName, query: `tags=${run}&status=error` },
    });
    expect(created.status(), await created.text()).toBe(201);
    const { savedView } = (await created.json()) as { savedView: { id: string } };

    try {
      await page.goto(`/project/${projectId}/traces?tags=${run}`);
      await expect(traceRows(page)).not.toHaveCount(0);
      await expect(page.getByRole("button", { name: "Save view" })).toHaveCount(0);
      await page.getByRole("button", { name: "Saved views" }).click();
      await expect(page.getByRole("menuitem", { name: /^Delete view/ })).toHaveCount(0);
      await page.getByRole("menuitem", { name: viewName, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`[?&]tags=${run}&status=error`));
      await expect(traceRows(page)).toHaveCount(1);
    } finally {
      await owner.delete(`/api/projects/${projectId}/saved-views/${savedView.id}`);
      await owner.dispose();
    }
  });
});
