import { randomBytes } from "node:crypto";
import { ZScoreConfig } from "@spanlight/core";
import { test } from "@playwright/test";
import { addMember, signInBrowser, signUpApiClient, uniqueAccount } from "../support/accounts";
import { recordWeatherChain } from "../support/openinference-trace";
import { OWNER_BEARER, signInToOwnerProject, waitForTrace } from "../support/otlp-send";
import { expect } from "../support/ui-expect";

const SUFFIX = () => randomBytes(3).toString("hex");

test.describe("[SCORES]: annotating and the Scores page", () => {
  test("annotate a span with a corrected output: the panel lists it and the tree shows its badge", async ({
    page,
    context,
    request,
    browser,
  }, testInfo) => {
    // Many steps (annotate, edit, reload, a viewer's context, delete) on a shared, loaded machine.
    test.setTimeout(240_000);
    const traceId = await recordWeatherChain();
    await waitForTrace(request, { traceId, spanCount: 3 });
    const projectId = await signInToOwnerProject(context);
    const configName = `correctness-${SUFFIX()}`;
    const created = await context.request.post(`/api/projects/${projectId}/score-configs`, {
      data: {
        name: configName,
        dataType: "CATEGORICAL",
        description: "Is the answer right?",
        categories: [
          { label: "correct", value: 1 },
          { label: "partly", value: 0.5 },
          { label: "wrong", value: 0 },
        ],
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    ZScoreConfig.parse(await created.json());

    await page.goto(`/project/${projectId}/traces/${traceId}`);
    const rows = page.getByRole("tree", { name: "Spans" }).getByRole("treeitem");
    await expect(rows).toHaveCount(3);
    const answerCall = rows.nth(2);
    await answerCall.click();
    const panel = page.getByRole("region", { name: "Span details" });
    await panel.getByRole("tab", { name: /Annotate/ }).click();
    const form = panel.getByRole("form", { name: "Score" });
    await form.getByRole("combobox", { name: "Score config" }).click();
    await page.getByRole("option", { name: configName }).click();

    // Digits pick categories: click the first, then press 3 for the third.
    const values = form.getByRole("radiogroup", { name: `${configName} value` });
    await values
      .getByRole("radio", { name: /correct/ })
      .first()
      .click();
    await page.keyboard.press("3");
    await expect(values.getByRole("radio", { name: /wrong/ })).toHaveAttribute("aria-checked", "true");

    await form.getByLabel("Comment").fill("Forgot to say it is sunny.");
    await form.getByRole("button", { name: "Write a correction" }).click();
    const editor = form.getByRole("textbox", { name: "Corrected output" });
    const actual = await editor.inputValue();
    expect(actual.length, "the editor starts from the actual output").toBeGreaterThan(0);
    await editor.fill(`${actual}\nBring sunglasses: 21 °C and sunny.`);
    const diff = form.getByRole("region", { name: "Changes against the actual output" });
    await expect(diff.locator('[data-change="added"]')).toContainText("+ Bring sunglasses: 21 °C and sunny.");
    await form.getByRole("button", { name: "Add score" }).click();

    const list = panel.getByRole("list", { name: "Scores on this target" });
    const item = list.getByRole("listitem", { name: `${configName} wrong` });
    await expect(item).toBeVisible();
    await expect(item).toContainText("ANNOTATION");
    await expect(item).toContainText("you");
    await expect(item).toContainText("Forgot to say it is sunny.");
    await item.getByText("Corrected output").click();
    await expect(item).toContainText("Bring sunglasses: 21 °C and sunny.");
    await expect(answerCall.getByLabel("Scores")).toContainText(`${configName} wrong`);
    await expect(panel.getByRole("tab", { name: /Annotate/ })).toContainText("1");
    const annotatePath = testInfo.outputPath("annotate-panel.png");
    await page.screenshot({ path: annotatePath });
    await testInfo.attach("annotate-panel", { path: annotatePath, contentType: "image/png" });

    // Edit your own: the value changes in place, the correction stays.
    await item.getByRole("button", { name: `Edit ${configName}` }).click();
    await list.getByRole("radio", { name: /partly/ }).click();
    await list.getByRole("button", { name: "Save" }).click();
    await expect(list.getByRole("listitem", { name: `${configName} partly` })).toBeVisible();

    // After a reload the badge is still on the span (the score came back from the database).
    await page.reload();
    await expect(rows.nth(2).getByLabel("Scores")).toContainText(`${configName} partly`);

    // A viewer sees the score but gets no form.
    const viewerAccount = uniqueAccount("score-viewer");
    await signUpApiClient(viewerAccount);
    await addMember(context.request, { projectId, account: viewerAccount, role: "VIEWER" });
    const viewerContext = await browser.newContext();
    await signInBrowser(viewerContext, viewerAccount);
    const viewerPage = await viewerContext.newPage();
    await viewerPage.goto(`/project/${projectId}/traces/${traceId}`);
    await viewerPage.getByRole("tree", { name: "Spans" }).getByRole("treeitem").nth(2).click();
    const viewerPanel = viewerPage.getByRole("region", { name: "Span details" });
    await viewerPanel.getByRole("tab", { name: /Annotate/ }).click();
    await expect(viewerPanel.getByText("Viewers can see scores but not give them.")).toBeVisible();
    await expect(viewerPanel.getByRole("form", { name: "Score" })).toHaveCount(0);
    await expect(viewerPanel.getByRole("listitem", { name: `${configName} partly` })).toBeVisible();
    await expect(viewerPanel.getByRole("button", { name: `Delete ${configName}` })).toHaveCount(0);
    await viewerContext.close();

    // Your own score can be deleted; the badge goes with it.
    await panel.getByRole("tab", { name: /Annotate/ }).click();
    await panel.getByRole("button", { name: `Delete ${configName}` }).click();
    await expect(panel.getByRole("list", { name: "Scores on this target" })).toHaveCount(0);
    await expect(rows.nth(2).getByLabel("Scores")).toHaveCount(0);
  });

  test("the Scores page charts a name's distribution and trend and lists its scores", async ({
    page,
    context,
    request,
  }, testInfo) => {
    const projectId = await signInToOwnerProject(context);
    const name = `helpfulness-${SUFFIX()}`;
    const traceId = randomBytes(16).toString("hex");
    const values = [5, 4, 4, 3, 5, 2, 4, 1, 5, 4, 3, 4];
    for (const [index, value] of values.entries()) {
      const timestamp = new Date(Date.now() - (index % 5) * 86_400_000 - 3_600_000).toISOString();
      const response = await request.post("/api/public/scores", {
        headers: OWNER_BEARER,
        data: { traceId, name, value, timestamp, authorId: index % 2 ? "judge-v1" : "judge-v2" },
      });
      expect(response.status(), await response.text()).toBe(201);
    }

    await page.goto(`/project/${projectId}/scores`);
    await expect(page.getByRole("heading", { level: 1, name: "Scores" })).toBeVisible();
    await page.getByRole("combobox", { name: "Score name" }).click();
    await page.getByRole("option", { name: `${name} (12)` }).click();

    const distribution = page.getByRole("region", { name: `Distribution of ${name}` });
    await expect(distribution).toContainText("12 scores · mean 3.67");
    await expect(distribution.locator(".recharts-bar-rectangle")).not.toHaveCount(0);
    await expect(page.getByRole("region", { name: `Trend of ${name}` }).locator(".recharts-line")).toHaveCount(2);
    const table = page.getByRole("table", { name: "Scores" });
    await expect(table.locator("tbody tr")).toHaveCount(12);
    await expect(table).toContainText("judge-v2");
    await expect(page.getByRole("region", { name: "Score configs" })).toBeVisible();
    const pagePath = testInfo.outputPath("scores-page.png");
    await page.screenshot({ path: pagePath, fullPage: true });
    await testInfo.attach("scores-page", { path: pagePath, contentType: "image/png" });

    // Score filters reach the trace list through its URL, as a saved view would keep them.
    await page.goto(`/project/${projectId}/traces?score=${encodeURIComponent(`${name}>=1`)}&range=7d`);
    await expect(page.getByText(`${name}>=1`)).toBeVisible();
  });
});
