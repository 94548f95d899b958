import { randomBytes } from "node:crypto";
import { test } from "@playwright/test";
import { sendConversation, sendGenAiAgentTurn } from "../support/conversation-traces";
import { signInToOwnerProject } from "../support/otlp-send";
import { expect } from "../support/ui-expect";

// Ids people really use: emails, spaces, URL delimiters, a literal percent, non-ASCII.
const AWKWARD_IDS = ["alice@example.com", "id with spaces", "a/b:c#d?e%f", "ユーザー", "séance-日本"];

test.describe("[EXPLORER]: answers that were wrong", () => {
  test("user and session pages open for ids that need URL encoding, from their links and by address", async ({
    page,
    context,
    request,
  }) => {
    // Five ids, each opened from two lists and by address: some twenty page loads.
    test.setTimeout(240_000);
    const run = randomBytes(4).toString("hex");
    const startMs = Date.now() - 30 * 60_000;
    const entities = AWKWARD_IDS.map((id, index) => ({ userId: `${id} ${run}`, sessionId: `${id}-s${index} ${run}` }));
    for (const [index, entity] of entities.entries()) {
      await sendConversation(request, {
        ...entity,
        turns: [{ question: `Question ${index}`, answer: `Answer ${index}` }],
        startMs: startMs + index * 1_000,
        gapsMs: [],
      });
    }
    const projectId = await signInToOwnerProject(context);

    // From the lists' links.
    await page.goto(`/project/${projectId}/users?search=${run}`);
    for (const { userId } of entities) {
      await page.getByRole("table", { name: "Users" }).getByRole("link", { name: userId, exact: true }).click();
      await expect(page.getByRole("heading", { level: 1, name: userId, exact: true })).toBeVisible();
      await page.goBack();
    }
    await page.goto(`/project/${projectId}/sessions?search=${run}`);
    for (const { sessionId } of entities) {
      await page.getByRole("table", { name: "Sessions" }).getByRole("link", { name: sessionId, exact: true }).click();
      await expect(page.getByRole("heading", { level: 1, name: sessionId, exact: true })).toBeVisible();
      // The session's own link to its user goes to the same, encoded, user page.
      const userId = entities.find((entity) => entity.sessionId === sessionId)!.userId;
      await page.locator('header[aria-label="Session summary"]').getByRole("link", { name: userId }).click();
      await expect(page.getByRole("heading", { level: 1, name: userId, exact: true })).toBeVisible();
      await page.goto(`/project/${projectId}/sessions?search=${run}`);
    }

    // By address, as a link pasted from elsewhere would arrive.
    for (const { userId, sessionId } of entities) {
      await page.goto(`/project/${projectId}/users/${encodeURIComponent(userId)}`);
      await expect(page.getByRole("heading", { level: 1, name: userId, exact: true })).toBeVisible();
      await page.goto(`/project/${projectId}/sessions/${encodeURIComponent(sessionId)}`);
      await expect(page.getByRole("heading", { level: 1, name: sessionId, exact: true })).toBeVisible();
    }
  });

  test("a session turn whose tool call failed still shows the model's answer and marks only that span", async ({
    page,
    context,
    request,
  }) => {
    const run = randomBytes(4).toString("hex");
    const sessionId = `e2e-agent-session-${run}`;
    await sendGenAiAgentTurn(request, {
      sessionId,
      userId: `e2e-agent-user-${run}`,
      question: "What is the weather in Lyon?",
      answer: "I could not reach the weather service, but Lyon is usually mild in spring.",
      toolError: "weather service timed out",
      startMs: Date.now() - 10 * 60_000,
    });
    const projectId = await signInToOwnerProject(context);

    await page.goto(`/project/${projectId}/sessions/${sessionId}`);
    const turn = page.getByRole("list", { name: "Turns" }).getByRole("article", { name: "Turn 1" });
    await expect(turn.getByRole("article", { name: "User message" })).toContainText("What is the weather in Lyon?");
    await expect(turn.getByRole("article", { name: "Assistant message" })).toContainText("usually mild in spring");
    await expect(turn).not.toContainText("failed before its root span");
    await expect(turn.getByText("execute_tool get_weather failed", { exact: false })).toBeVisible();
    await expect(turn.getByRole("button", { name: "Show the model call" })).toHaveCount(1);
    await turn.screenshot({ path: test.info().outputPath("session-tool-error-turn.png") });
  });

  test("unpriced models show no cost rather than $0 in lists and on the user page", async ({
    page,
    context,
    request,
  }) => {
    const run = randomBytes(4).toString("hex");
    const userId = `e2e-unpriced-${run}`;
    await sendConversation(request, {
      sessionId: `e2e-unpriced-session-${run}`,
      userId,
      turns: [{ question: "Hi", answer: "Hello" }],
      startMs: Date.now() - 5 * 60_000,
      gapsMs: [],
      model: `in-house-model-${run}`,
    });
    const projectId = await signInToOwnerProject(context);

    await page.goto(`/project/${projectId}/users?search=${run}`);
    const userRow = page.getByRole("table", { name: "Users" }).locator(`tr[data-user-id="${userId}"]`);
    const userCost = userRow.getByRole("cell").nth(4);
    await expect(userCost).toHaveText("—");
    await expect(userCost.locator("[title]")).toHaveAttribute("title", /unpriced/i);

    await page.goto(`/project/${projectId}/sessions?search=${run}`);
    const sessionRow = page.getByRole("table", { name: "Sessions" }).locator("tbody tr").first();
    await expect(sessionRow).not.toContainText("$0");
    await expect(sessionRow).toContainText("—");

    await userRow.page().goto(`/project/${projectId}/users/${userId}`);
    const summary = page.locator('header[aria-label="User summary"]');
    await expect(summary).not.toContainText("$0");
    await expect(summary.getByText("—")).toBeVisible();
    const traceRow = page.getByRole("table", { name: "Traces" }).locator("tbody tr").first();
    await expect(traceRow).not.toContainText("$0");
  });
});
