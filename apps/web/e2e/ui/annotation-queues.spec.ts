import { test } from "@playwright/test";
import type { APIRequestContext, Page } from "@playwright/test";
import { bearerAuth, chatTrace, hexId, sendOtlp, uniqueLabel } from "../api/explorer-fixtures";
import type { TKeyPair } from "../api/explorer-fixtures";
import {
  addMember,
  createProject,
  signInBrowser,
  signUpApiClient,
  signUpBrowser,
  uniqueAccount,
} from "../support/accounts";
import { expect } from "../support/ui-expect";

async function createKeys(request: APIRequestContext, projectId: string): Promise<TKeyPair> {
  const response = await request.post(`/api/projects/${projectId}/api-keys`, { data: { note: "queues e2e" } });
  expect(response.status()).toBe(201);
  const { apiKey } = (await response.json()) as { apiKey: TKeyPair };
  return { publicKey: apiKey.publicKey, secretKey: apiKey.secretKey };
}

async function postJson(request: APIRequestContext, keys: TKeyPair, path: string, data: unknown): Promise<void> {
  const response = await request.post(path, { data, headers: bearerAuth(keys) });
  expect(response.status(), await response.text()).toBe(201);
}

/** Reviews the item on screen with one categorical value and waits for the screen to move on. */
async function reviewItem(page: Page, label: string, options: { useDigit: boolean }) {
  const traceLink = page.getByRole("link", { name: /^[0-9a-f]{32}$/ });
  const traceId = await traceLink.textContent();
  if (options.useDigit) {
    await page.getByRole("radio", { name: /good/ }).focus();
    await page.keyboard.press(label === "good" ? "1" : "2");
    await expect(page.getByRole("radio", { name: new RegExp(label) })).toHaveAttribute("aria-checked", "true");
  } else {
    const choice = page.getByRole("radio", { name: new RegExp(label) });
    // A second click on the chosen value clears it.
    if ((await choice.getAttribute("aria-checked")) !== "true") await choice.click();
  }
  await page.getByRole("button", { name: "Save and complete" }).click();
  await expect(page.getByRole("link", { name: traceId ?? "" })).toHaveCount(0);
  return traceId;
}

const stat = (page: Page, label: string) => page.locator(`[data-stat="${label}"]`).first();

test.describe("[QUEUES]: annotation queues, review, adjudication, agreement and calibration", () => {
  test("a queue filled from the trace-list filter, two reviewers, blind review, adjudication and the agreement numbers", async ({
    page,
    context,
    browser,
  }) => {
    test.setTimeout(180_000);
    const owner = uniqueAccount("queue-owner");
    await signUpBrowser(context, owner);
    const project = await createProject(context.request, "Review team");
    const keys = await createKeys(context.request, project.id);
    const reviewer = uniqueAccount("queue-reviewer");
    await signUpApiClient(reviewer);
    await addMember(context.request, { projectId: project.id, account: reviewer, role: "MEMBER" });

    const tag = uniqueLabel("review");
    const traceIds: string[] = [];
    for (let index = 0; index < 3; index += 1) {
      const trace = chatTrace({
        userId: "u",
        sessionId: "s",
        tags: [tag],
        question: `Question ${index}?`,
        answer: `Answer ${index}.`,
        startMs: Date.now() - 60_000 + index * 1_000,
      });
      await sendOtlp(context.request, trace.body, keys);
      traceIds.push(trace.traceId);
    }
    await sendOtlp(
      context.request,
      chatTrace({ userId: "u", sessionId: "s", tags: ["other"], question: "Q?", answer: "A." }).body,
      keys,
    );
    await postJson(context.request, keys, "/api/public/score-configs", {
      name: "quality",
      dataType: "CATEGORICAL",
      categories: [
        { label: "good", value: 1 },
        { label: "bad", value: 0 },
      ],
    });

    // Create the queue in the UI.
    await page.goto(`/project/${project.id}/annotation-queues`);
    await page.getByRole("button", { name: "New queue" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Name").fill("Weekly review");
    await dialog.getByRole("checkbox", { name: /quality/ }).check();
    await dialog.getByLabel("Reviewers per item").fill("2");
    await dialog.getByRole("button", { name: "Create queue" }).click();
    await expect(page.getByRole("heading", { name: "Weekly review" })).toBeVisible();
    const queueUrl = page.url();

    // Fill it from the trace list's current filter.
    await page.goto(`/project/${project.id}/traces?tags=${encodeURIComponent(tag)}`);
    await expect(page.getByRole("row").filter({ hasText: "Question 0?" })).toBeVisible();
    await page.getByRole("button", { name: "Add to queue" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Add", exact: true }).click();
    await expect(page.getByRole("dialog").getByRole("status")).toHaveText("Added 3, skipped 0 already in the queue.");
    await page.getByRole("dialog").getByRole("button", { name: "Add", exact: true }).click();
    await expect(page.getByRole("dialog").getByRole("status")).toHaveText("Added 0, skipped 3 already in the queue.");
    await page.keyboard.press("Escape");

    // From a selection: only the ticked row is sent (it is in the queue already, so it is skipped).
    await page.getByRole("row").filter({ hasText: "Question 1?" }).getByRole("checkbox").check();
    const selection = page.getByRole("region", { name: "Selected traces" });
    await selection.getByRole("button", { name: "Add to queue" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Add", exact: true }).click();
    await expect(page.getByRole("dialog").getByRole("status")).toHaveText("Added 0, skipped 1 already in the queue.");
    await page.keyboard.press("Escape");

    // From a trace's own page: that one trace (in the queue already, so skipped again).
    await page.goto(`/project/${project.id}/traces/${traceIds[2]}`);
    await page.getByRole("button", { name: "Add to queue" }).click();
    await expect(page.getByRole("dialog")).toContainText("Adds this trace.");
    await page.getByRole("dialog").getByRole("button", { name: "Add", exact: true }).click();
    await expect(page.getByRole("dialog").getByRole("status")).toHaveText("Added 0, skipped 1 already in the queue.");
    await page.keyboard.press("Escape");

    // The owner reviews all three (digits pick the value): good, good, bad.
    await page.goto(queueUrl);
    await page.getByRole("link", { name: "Start reviewing" }).click();
    await expect(page.getByText("Answer", { exact: false }).first()).toBeVisible();
    const ownerOrder = [];
    for (const label of ["good", "good", "bad"]) ownerOrder.push(await reviewItem(page, label, { useDigit: true }));
    await expect(page.getByText("Nothing left to review")).toBeVisible();

    // The second reviewer, in a browser of their own: blind until they complete, then good, bad, bad.
    const reviewerContext = await browser.newContext();
    await signInBrowser(reviewerContext, reviewer);
    const reviewerPage = await reviewerContext.newPage();
    await reviewerPage.goto(`${queueUrl}/review`);
    await expect(
      reviewerPage.getByText("Other reviewers' scores stay hidden until you complete this item."),
    ).toBeVisible();
    await expect(reviewerPage.getByRole("list", { name: "Scores on this item" })).toHaveCount(0);
    await expect(reviewerPage.getByText(/Yours until/)).toBeVisible();
    await reviewerPage.getByRole("radio", { name: /good/ }).click();
    await reviewerPage.screenshot({ path: test.info().outputPath("review-screen.png"), fullPage: true });
    const reviewerOrder = [];
    for (const label of ["good", "bad", "bad"])
      reviewerOrder.push(await reviewItem(reviewerPage, label, { useDigit: false }));
    expect(reviewerOrder).toEqual(ownerOrder);
    await expect(reviewerPage.getByText("Nothing left to review")).toBeVisible();
    // After submitting, "previous" shows the item with everyone's scores.
    await reviewerPage.keyboard.press("p");
    await expect(reviewerPage.getByRole("list", { name: "Scores on this item" }).getByRole("listitem")).toHaveCount(2);

    // The agreement view: 3 items, values [good, good, bad] × [good, bad, bad].
    // Cohen: po 2/3, pe 4/9 → 0.4. Krippendorff nominal: 1 − 5·2/18 = 0.444. Fleiss: (2/3 − 1/2)/(1/2) = 0.333.
    await page.goto(queueUrl);
    await expect(stat(page, "Krippendorff's α")).toHaveText("0.444");
    await expect(stat(page, "Cohen's κ")).toHaveText("0.400");
    await expect(stat(page, "Fleiss' κ")).toHaveText("0.333");
    await expect(stat(page, "Percent agreement")).toHaveText("66.7%");
    await expect(page.getByRole("table", { name: "Reviewer by reviewer agreement" })).toContainText("66.7%");
    await expect(page.getByRole("table", { name: "Progress per reviewer" }).getByRole("row")).toHaveCount(3);

    // Adjudicate the one disagreement (the second item): the final value is not a reviewer.
    const disagreements = page.getByRole("list", { name: "Disagreements" }).getByRole("listitem");
    await expect(disagreements).toHaveCount(1);
    await expect(disagreements.first()).toContainText(ownerOrder[1]!.slice(0, 16));
    await disagreements
      .first()
      .getByRole("group", { name: "Final value for quality" })
      .getByRole("button", { name: "bad" })
      .click();
    await expect(disagreements.first()).toContainText("Final: bad");
    await page.reload();
    await expect(stat(page, "Krippendorff's α")).toHaveText("0.444");
    await page.screenshot({ path: test.info().outputPath("agreement-view.png"), fullPage: true });
    await reviewerContext.close();
  });

  test("judge calibration: the confusion matrix, accuracy and kappa per judge version", async ({ page, context }) => {
    await signUpBrowser(context, uniqueAccount("calibration"));
    const project = await createProject(context.request, "Calibration");
    const keys = await createKeys(context.request, project.id);
    const people = [true, true, true, false, false, false];
    const v1 = [true, true, false, false, false, true];
    for (const [index, human] of people.entries()) {
      const traceId = hexId(16);
      await postJson(context.request, keys, "/api/public/scores", {
        traceId,
        name: "human-correct",
        value: human,
        authorId: "reviewer",
      });
      await postJson(context.request, keys, "/api/public/scores", {
        traceId,
        name: "judge-correct",
        value: v1[index],
        authorId: "judge-v1",
        source: "EVAL",
      });
      await postJson(context.request, keys, "/api/public/scores", {
        traceId,
        name: "judge-correct",
        value: human,
        authorId: "judge-v2",
        source: "EVAL",
      });
    }

    await page.goto(`/project/${project.id}/calibration`);
    await page.getByLabel("Judge score").fill("judge-correct");
    await page.getByLabel("Human score").fill("human-correct");
    await page.getByRole("button", { name: "Compare" }).click();
    // Both versions: they tie on two targets, which drop out; the other four agree.
    await expect(stat(page, "Targets")).toHaveText("4");
    const versions = page.getByRole("table", { name: "Per judge version" });
    await expect(versions.getByRole("row").filter({ hasText: "judge-v1" })).toContainText("66.7%");
    await expect(versions.getByRole("row").filter({ hasText: "judge-v2" })).toContainText("100.0%");

    await page.getByRole("combobox", { name: "Judge version" }).selectOption("judge-v1");
    await page.getByRole("button", { name: "Compare" }).click();
    await expect(stat(page, "Targets")).toHaveText("6");
    await expect(stat(page, "Accuracy")).toHaveText("66.7%");
    await expect(stat(page, "Cohen's κ")).toHaveText("0.333");
    const cell = (a: string, b: string) => page.locator(`[data-cell="${a}|${b}"]`);
    await expect(cell("false", "false")).toHaveText("2");
    await expect(cell("false", "true")).toHaveText("1");
    await expect(cell("true", "false")).toHaveText("1");
    await expect(cell("true", "true")).toHaveText("2");
    await expect(page.getByRole("table", { name: "Worst disagreements" }).getByRole("row")).toHaveCount(3);
    await expect(page.getByLabel("Agreement over time")).toBeVisible();
    await page.screenshot({ path: test.info().outputPath("calibration-view.png"), fullPage: true });
  });
});
