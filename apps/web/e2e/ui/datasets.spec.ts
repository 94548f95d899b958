import { readFile } from "node:fs/promises";
import { test } from "@playwright/test";
import type { APIRequestContext, Page } from "@playwright/test";
import { bearerAuth, chatTrace, sendOtlp, uniqueLabel } from "../api/explorer-fixtures";
import type { TKeyPair } from "../api/explorer-fixtures";
import {
  addMember,
  createProject,
  newApiClient,
  signInBrowser,
  signUpApiClient,
  signUpBrowser,
  uniqueAccount,
} from "../support/accounts";
import { expect } from "../support/ui-expect";

const CORRECTION = "Refunds take 5 business days; start one under Orders → Refund.";

async function createKeys(request: APIRequestContext, projectId: string): Promise<TKeyPair> {
  const response = await request.post(`/api/projects/${projectId}/api-keys`, { data: { note: "datasets e2e" } });
  expect(response.status()).toBe(201);
  const { apiKey } = (await response.json()) as { apiKey: TKeyPair };
  return { publicKey: apiKey.publicKey, secretKey: apiKey.secretKey };
}

async function postJson<T>(
  request: APIRequestContext,
  path: string,
  data: unknown,
  options: { headers?: Record<string, string>; status?: number } = {},
): Promise<T> {
  const response = await request.post(path, { data, headers: options.headers });
  expect(response.status(), await response.text()).toBe(options.status ?? 201);
  return (await response.json()) as T;
}

/** Clicks Download in the export dialog and reads the saved file back. */
async function exportFile(page: Page, format: RegExp): Promise<string[]> {
  const dialog = page.getByRole("dialog", { name: /Export/ });
  await dialog.getByRole("radio", { name: format }).check();
  const downloading = page.waitForEvent("download");
  await dialog.getByRole("button", { name: "Download" }).click();
  const download = await downloading;
  await expect(dialog.getByRole("status", { name: "Export progress" })).toContainText("Saved");
  const text = await readFile((await download.path())!, "utf8");
  return text.split("\n").filter(Boolean);
}

test.describe("[DATASETS]: curating a dataset from feedback in the UI", () => {
  test("flagged by feedback, corrected in a queue, added from the trace-list filter, lineage, versions, exports, viewers read only", async ({
    page,
    context,
    browser,
  }) => {
    test.setTimeout(240_000);
    const owner = uniqueAccount("datasets-owner");
    await signUpBrowser(context, owner);
    const project = await createProject(context.request, "Curation");
    const keys = await createKeys(context.request, project.id);
    const tag = uniqueLabel("support");
    const flagged = chatTrace({
      userId: "u",
      sessionId: "s",
      tags: [tag],
      question: "How do I get a refund?",
      answer: "Email us.",
    });
    const fine = chatTrace({ userId: "u", sessionId: "s", tags: [tag], question: "Opening hours?", answer: "9 to 5." });
    for (const trace of [flagged, fine]) await sendOtlp(context.request, trace.body, keys);

    // An end user's thumbs-down through the public feedback API (the browser's public key).
    const endUser = await newApiClient();
    await postJson(
      endUser,
      "/api/public/feedback",
      { traceId: flagged.traceId, name: "thumbs", value: 0, comment: "Not helpful", authorId: "end-user-42" },
      { headers: { authorization: `Bearer ${keys.publicKey}` } },
    );
    await endUser.dispose();

    // A reviewer corrects it in an annotation queue.
    const config = await postJson<{ id: string }>(
      context.request,
      "/api/public/score-configs",
      {
        name: "quality",
        dataType: "CATEGORICAL",
        categories: [
          { label: "good", value: 1 },
          { label: "bad", value: 0 },
        ],
      },
      { headers: bearerAuth(keys) },
    );
    const queue = await postJson<{ id: string }>(context.request, `/api/projects/${project.id}/annotation-queues`, {
      name: "Thumbs down",
      scoreConfigIds: [config.id],
    });
    await postJson(
      context.request,
      `/api/projects/${project.id}/annotation-queues/${queue.id}/items`,
      { traceIds: [flagged.traceId] },
      { status: 200 },
    );
    await page.goto(`/project/${project.id}/annotation-queues/${queue.id}/review`);
    await page.getByRole("radio", { name: /bad/ }).click();
    await page.getByRole("button", { name: "Write a correction" }).click();
    await page.getByRole("textbox", { name: "Corrected output" }).fill(CORRECTION);
    await page.getByRole("button", { name: "Save and complete" }).click();
    await expect(page.getByText("Nothing left to review")).toBeVisible();

    // The datasets page starts empty; create one in the UI.
    await page.goto(`/project/${project.id}/datasets`);
    await expect(page.getByText("No datasets yet")).toBeVisible();
    await page.getByRole("button", { name: "New dataset" }).click();
    const createDialog = page.getByRole("dialog");
    await createDialog.getByLabel("Name").fill("refund-golden");
    await createDialog.getByLabel("Description").fill("Thumbs-down answers, corrected");
    await createDialog.getByRole("button", { name: "Create dataset" }).click();
    await expect(page.getByRole("heading", { name: "refund-golden" })).toBeVisible();
    const datasetUrl = page.url();

    // From the trace list filtered on the thumbs-down score: preview, then add (twice: the second skips).
    await page.goto(
      `/project/${project.id}/traces?tags=${encodeURIComponent(tag)}&score=${encodeURIComponent("thumbs=0")}`,
    );
    await expect(page.getByRole("row").filter({ hasText: "How do I get a refund?" })).toBeVisible();
    await expect(page.getByRole("row").filter({ hasText: "Opening hours?" })).toHaveCount(0);
    await page.getByRole("button", { name: "Add to dataset" }).click();
    const addDialog = page.getByRole("dialog", { name: "Add to a dataset" });
    await expect(addDialog.getByRole("combobox", { name: "Dataset" })).toContainText("refund-golden");
    await addDialog.getByRole("button", { name: "Preview" }).click();
    const preview = addDialog.getByRole("region", { name: "Preview" });
    await expect(preview).toContainText("the first 1 of 1 items");
    await expect(preview).toContainText("How do I get a refund?");
    await expect(preview).toContainText(CORRECTION);
    await page.screenshot({ path: test.info().outputPath("bulk-add-preview.png") });
    await addDialog.getByRole("button", { name: "Add items" }).click();
    await expect(addDialog.getByRole("status")).toHaveText("Added 1, skipped 0; the dataset is at version v1.");
    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: "Add to dataset" }).click();
    await addDialog.getByRole("button", { name: "Add items" }).click();
    await expect(addDialog.getByRole("status")).toHaveText("Added 0, skipped 1; the dataset is at version v1.");
    await page.keyboard.press("Escape");

    // The queue's page offers its fully reviewed items too: the same source span, so it is skipped.
    await page.goto(`/project/${project.id}/annotation-queues/${queue.id}`);
    await page.getByRole("button", { name: "Add to dataset" }).click();
    const queueDialog = page.getByRole("dialog", { name: "Add to a dataset" });
    await expect(queueDialog).toContainText("the 1 fully reviewed trace (corrections first)");
    await queueDialog.getByRole("button", { name: "Add items" }).click();
    await expect(queueDialog.getByRole("status")).toHaveText("Added 0, skipped 1; the dataset is at version v1.");
    await page.keyboard.press("Escape");

    // The dataset page: the item, and its lineage in the drawer.
    await page.goto(datasetUrl);
    const items = page.getByRole("table", { name: "Dataset items" });
    const row = items.getByRole("row").filter({ hasText: "How do I get a refund?" });
    await expect(row).toContainText(CORRECTION);
    await page.screenshot({ path: test.info().outputPath("dataset-page.png"), fullPage: true });
    await row.click();
    const drawer = page.getByRole("dialog", { name: "Dataset item" });
    const lineage = drawer.getByRole("region", { name: "Lineage" });
    await expect(
      lineage.getByRole("link", { name: new RegExp(`trace ${flagged.traceId.slice(0, 12)}`) }),
    ).toHaveAttribute("href", `/project/${project.id}/traces/${flagged.traceId}?span=${flagged.rootSpanId}`);
    const feedback = lineage.getByRole("list", { name: "Feedback that flagged it" });
    await expect(feedback).toContainText("thumbs");
    await expect(feedback).toContainText("end-user-42");
    await expect(feedback).toContainText("Not helpful");
    await expect(lineage.getByRole("group", { name: "Correction" })).toContainText(`by ${owner.name}`);
    await expect(lineage.getByRole("group", { name: "Correction" })).toContainText("quality");
    await page.screenshot({ path: test.info().outputPath("lineage-drawer.png") });

    // Edit in the drawer: a new version, and the versions tab diffs v1 against v2 side by side.
    await drawer.getByRole("button", { name: "Edit" }).click();
    await drawer.getByLabel("Metadata (JSON)").fill('{"reviewed": true}');
    await drawer.getByRole("button", { name: "Save as new version" }).click();
    await expect(drawer.getByText("this revision since v2")).toBeVisible();
    await page.keyboard.press("Escape");
    await page.getByRole("tab", { name: /Versions/ }).click();
    await expect(page.getByRole("table", { name: "Versions" }).getByRole("row")).toHaveCount(3);
    const diff = page.getByRole("region", { name: "Version diff" });
    await expect(diff).toContainText("1 changed");
    await page.screenshot({ path: test.info().outputPath("versions-diff.png"), fullPage: true });
    await expect(diff.getByLabel("Before").locator('[data-change="removed"]')).toContainText('"metadata": null');
    await expect(diff.getByLabel("After").locator('[data-change="added"]')).toContainText([
      '"metadata": {',
      '"reviewed": true',
      "}",
    ]);
    await page.getByRole("tab", { name: "Items" }).click();
    await expect(page.getByRole("link", { name: "Runs", exact: true })).toHaveAttribute(
      "href",
      `${new URL(datasetUrl).pathname}/runs`,
    );

    // Exports: JSONL carries every field; DSPy rows are flat with the keys chosen in the dialog.
    await page.getByRole("button", { name: "Export" }).click();
    await page.screenshot({ path: test.info().outputPath("export-dialog.png") });
    const jsonl = (await exportFile(page, /JSONL/)).map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(jsonl).toEqual([
      expect.objectContaining({
        input: "How do I get a refund?",
        expectedOutput: CORRECTION,
        metadata: { reviewed: true },
        sourceTraceId: flagged.traceId,
        sourceSpanId: flagged.rootSpanId,
      }),
    ]);
    const dialog = page.getByRole("dialog", { name: /Export/ });
    await dialog.getByRole("radio", { name: /DSPy/ }).check();
    await dialog.getByLabel("Key of a text input").fill("question");
    await dialog.getByLabel("Key of a text output").fill("answer");
    const dspy = await exportFile(page, /DSPy/);
    expect(dspy.map((line) => JSON.parse(line) as unknown)).toEqual([
      { question: "How do I get a refund?", answer: CORRECTION },
    ]);
    await page.screenshot({ path: test.info().outputPath("export-dialog-done.png") });
    await page.keyboard.press("Escape");

    // A viewer reads the dataset, its lineage and exports, and is offered no write.
    const viewer = uniqueAccount("datasets-viewer");
    await signUpApiClient(viewer);
    await addMember(context.request, { projectId: project.id, account: viewer, role: "VIEWER" });
    const viewerContext = await browser.newContext();
    await signInBrowser(viewerContext, viewer);
    const viewerPage = await viewerContext.newPage();
    await viewerPage.goto(`/project/${project.id}/datasets`);
    await expect(viewerPage.getByRole("link", { name: "refund-golden" })).toBeVisible();
    await expect(viewerPage.getByRole("button", { name: "New dataset" })).toHaveCount(0);
    await viewerPage.getByRole("link", { name: "refund-golden" }).click();
    await expect(viewerPage.getByRole("button", { name: "Export" })).toBeVisible();
    await expect(viewerPage.getByRole("button", { name: "Import" })).toHaveCount(0);
    await viewerPage.getByRole("table", { name: "Dataset items" }).getByRole("row").nth(1).click();
    const viewerDrawer = viewerPage.getByRole("dialog", { name: "Dataset item" });
    await expect(viewerDrawer.getByRole("region", { name: "Lineage" })).toContainText("thumbs");
    await expect(viewerDrawer.getByRole("button", { name: "Edit" })).toHaveCount(0);
    await expect(viewerDrawer.getByRole("button", { name: /Archive/ })).toHaveCount(0);
    await viewerPage.goto(`/project/${project.id}/traces/${flagged.traceId}`);
    await expect(viewerPage.getByRole("heading", { level: 1, name: "support-chat" })).toBeVisible();
    await expect(
      viewerPage.getByRole("region", { name: "Span details" }).getByRole("heading", { level: 2 }),
    ).toHaveText("support-chat");
    await expect(viewerPage.getByRole("button", { name: "Add to dataset" })).toHaveCount(0);
    await viewerPage.goto(`/project/${project.id}/traces?tags=${encodeURIComponent(tag)}`);
    await expect(viewerPage.getByRole("row").filter({ hasText: "Opening hours?" })).toBeVisible();
    await expect(viewerPage.getByRole("button", { name: "Add to dataset" })).toHaveCount(0);
    await viewerContext.close();
  });

  test("adds one span from the trace page with its correction prefilled and editable, and imports a file all or nothing", async ({
    page,
    context,
  }) => {
    test.setTimeout(120_000);
    await signUpBrowser(context, uniqueAccount("datasets-span"));
    const project = await createProject(context.request, "Span to dataset");
    const keys = await createKeys(context.request, project.id);
    const trace = chatTrace({
      userId: "u",
      sessionId: "s",
      tags: ["x"],
      question: "Capital of France?",
      answer: "Lyon",
    });
    await sendOtlp(context.request, trace.body, keys);
    await postJson(
      context.request,
      "/api/public/scores",
      { traceId: trace.traceId, name: "correct", value: 0, correction: "Paris" },
      { headers: bearerAuth(keys) },
    );
    await postJson(context.request, `/api/projects/${project.id}/datasets`, { name: "capitals" });

    await page.goto(`/project/${project.id}/traces/${trace.traceId}`);
    await page.getByRole("button", { name: "Add to dataset" }).click();
    const dialog = page.getByRole("dialog", { name: "Add this trace to a dataset" });
    await expect(dialog.getByLabel("Input (JSON)")).toHaveValue('"Capital of France?"');
    await expect(dialog.getByLabel("Expected output (JSON)")).toHaveValue('"Paris"');
    await dialog.getByLabel("Expected output (JSON)").fill('"Paris, France"');
    await dialog.getByRole("button", { name: "Add item" }).click();
    await expect(dialog.getByRole("status")).toContainText("Added as item");
    await page.keyboard.press("Escape");

    // The LLM span offers its own "Add to dataset", with its input and output.
    await page.getByRole("tree", { name: "Spans" }).getByRole("treeitem").nth(1).click();
    const panel = page.getByRole("region", { name: "Span details" });
    await panel.getByRole("button", { name: "Add to dataset" }).click();
    await expect(page.getByRole("dialog", { name: "Add this span to a dataset" })).toBeVisible();
    await page.keyboard.press("Escape");

    // The item keeps its lineage: the API score whose correction it started from.
    await page.goto(`/project/${project.id}/datasets/capitals`);
    const table = page.getByRole("table", { name: "Dataset items" });
    await table.getByRole("row").filter({ hasText: "Paris, France" }).click();
    const correction = page.getByRole("dialog", { name: "Dataset item" }).getByRole("group", { name: "Correction" });
    await expect(correction).toContainText("api score correct");
    await page.keyboard.press("Escape");

    // A file with a bad third line adds nothing and names the line; a good one adds both items.
    await page.getByRole("button", { name: "Import" }).click();
    const importDialog = page.getByRole("dialog", { name: "Import items" });
    const upload = (text: string) =>
      importDialog
        .getByLabel("File")
        .setInputFiles({ name: "items.jsonl", mimeType: "application/x-ndjson", buffer: Buffer.from(text) });
    await upload(
      '{"input": "Capital of Spain?", "expectedOutput": "Madrid"}\n{"input": "Capital of Italy?"}\n{"input": \n',
    );
    await importDialog.getByRole("button", { name: "Import" }).click();
    await expect(importDialog.getByRole("alert")).toContainText("Line 3: not valid JSON");
    await upload(
      '{"input": "Capital of Spain?", "expectedOutput": "Madrid"}\n{"input": "Capital of Italy?", "expectedOutput": "Rome"}\n',
    );
    await importDialog.getByRole("button", { name: "Import" }).click();
    await expect(importDialog.getByRole("status")).toHaveText("Imported 2 items as version v2.");
    await page.keyboard.press("Escape");
    await expect(page.getByRole("table", { name: "Dataset items" }).getByRole("row")).toHaveCount(4);
  });
});
