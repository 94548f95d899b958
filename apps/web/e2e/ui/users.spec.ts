import { randomBytes } from "node:crypto";
import { test } from "@playwright/test";
import { sendConversation } from "../support/conversation-traces";
import { signInToOwnerProject } from "../support/otlp-send";
import { expect } from "../support/ui-expect";

test.describe("[USERS]: the end-user list and page", () => {
  test("a user with three traces in two sessions shows in the list and on their page", async ({
    page,
    context,
    request,
  }) => {
    const run = randomBytes(4).toString("hex");
    const userId = `e2e-person-${run}`;
    const startMs = Date.now() - 60 * 60_000;
    const firstSession = await sendConversation(request, {
      sessionId: `e2e-user-session-a-${run}`,
      userId,
      turns: [
        { question: "Hello, can you summarise my last invoice?", answer: "Your last invoice was $42 for 1.2M tokens." },
        { question: "Why was it higher than last month?", answer: "Traffic from the new chatbot doubled." },
      ],
      startMs,
      gapsMs: [90_000],
    });
    const secondSession = await sendConversation(request, {
      sessionId: `e2e-user-session-b-${run}`,
      userId,
      turns: [{ question: "Can I export my traces?", answer: "(the model call failed)", isError: true }],
      startMs: startMs + 20 * 60_000,
      gapsMs: [],
    });
    const traceIds = [...firstSession, ...secondSession];
    const projectId = await signInToOwnerProject(context);

    await page.goto(`/project/${projectId}/users`);
    await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
    await expect(
      page.getByRole("navigation", { name: "Project" }).getByRole("link", { name: "Users" }),
    ).toHaveAttribute("aria-current", "page");
    const row = page.getByRole("table", { name: "Users" }).locator(`tr[data-user-id="${userId}"]`);
    await expect(row).toBeVisible();
    const cells = row.getByRole("cell");
    await expect(cells.nth(1)).toHaveText("3");
    await expect(cells.nth(2)).toHaveText("2");
    await expect(cells.nth(5)).toHaveText("1");
    await page.screenshot({ path: test.info().outputPath("users.png"), fullPage: true });

    await page.getByRole("columnheader", { name: "Traces" }).getByRole("button").click();
    await expect(page).toHaveURL(/[?&]sort=traceCount/);
    await expect(page.getByRole("columnheader", { name: "Traces" })).toHaveAttribute("aria-sort", "descending");
    await page.getByRole("searchbox", { name: "Search users" }).fill(run);
    await expect(page.getByRole("table", { name: "Users" }).locator("tbody tr")).toHaveCount(1);

    await row.getByRole("link", { name: userId }).click();
    await expect(page.getByRole("heading", { level: 1, name: userId })).toBeVisible();
    const summary = page.locator('header[aria-label="User summary"]');
    await expect(summary.getByRole("definition").nth(0)).toHaveText("3");
    await expect(summary.getByRole("definition").nth(1)).toHaveText("2");

    // Newest first, each row linking to its trace page.
    const traceRows = page.getByRole("table", { name: "Traces" }).locator("tbody tr");
    await expect(traceRows).toHaveCount(3);
    const shownIds = await traceRows.evaluateAll((rows) =>
      rows.map((tableRow) => tableRow.getAttribute("data-trace-id")),
    );
    expect(shownIds).toEqual([...traceIds].reverse());
    await expect(traceRows.first().getByRole("link", { name: "support-chat" })).toHaveAttribute(
      "href",
      `/project/${projectId}/traces/${traceIds[2]}`,
    );
    await expect(traceRows.first()).toContainText("Can I export my traces?");
    await expect(traceRows.first().getByRole("cell").last()).toHaveText("Error");
    await expect(traceRows.last().getByRole("cell").last()).toHaveText("OK");
    await page.screenshot({ path: test.info().outputPath("user.png"), fullPage: true });

    await page.getByRole("tab", { name: /Sessions/ }).click();
    const sessionRows = page.getByRole("table", { name: "Sessions" }).locator("tbody tr");
    await expect(sessionRows).toHaveCount(2);
    await expect(sessionRows.first()).toHaveAttribute("data-session-id", `e2e-user-session-b-${run}`);
    await sessionRows
      .first()
      .getByRole("link", { name: `e2e-user-session-b-${run}` })
      .click();
    await expect(page.getByRole("heading", { level: 1, name: `e2e-user-session-b-${run}` })).toBeVisible();
    const turn = page.getByRole("list", { name: "Turns" }).getByRole("article", { name: /^Turn \d+$/ });
    await expect(turn).toHaveCount(1);
    // Both the model call and its root failed: the turn counts the failed spans, as the trace page does.
    await expect(turn.getByText("2 errors", { exact: true })).toBeVisible();
    await expect(turn.getByRole("article", { name: "User message" })).toContainText("Can I export my traces?");
    await expect(turn).toContainText("No answer: the trace failed.");
    await turn.getByRole("button", { name: "Show the model call" }).click();
    await expect(turn.getByRole("region", { name: "Model call" }).getByRole("alert")).toHaveText(
      "429 Too Many Requests",
    );
    await turn.screenshot({ path: test.info().outputPath("session-failed-turn.png") });
  });
});
