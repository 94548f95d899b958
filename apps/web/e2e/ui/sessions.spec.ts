import { randomBytes } from "node:crypto";
import { test } from "@playwright/test";
import { CONVERSATION_SYSTEM_PROMPT, sendConversation, sendManySessions } from "../support/conversation-traces";
import type { TTurnText } from "../support/conversation-traces";
import { signInToOwnerProject } from "../support/otlp-send";
import { expect } from "../support/ui-expect";

const TURNS: TTurnText[] = [
  {
    question: "How do I send traces to Spanlight?",
    answer: "Point your OTLP exporter at **/api/public/otel** with your key pair.",
  },
  {
    question: "Which attributes group traces into a session?",
    answer: "Set one of these on any span:\n\n- `session.id`\n- `gen_ai.conversation.id`\n- `langfuse.session.id`",
  },
  { question: "And per end-user?", answer: "Use `user.id`; the Users page rolls them up." },
];

test.describe("[SESSIONS]: the session list and the session replay", () => {
  test("a three-turn conversation shows in the list and replays its turns in order", async ({
    page,
    context,
    request,
  }) => {
    const run = randomBytes(4).toString("hex");
    const sessionId = `e2e-session-${run}`;
    const userId = `e2e-user-${run}`;
    const traceIds = await sendConversation(request, {
      sessionId,
      userId,
      turns: TURNS,
      startMs: Date.now() - 20 * 60_000,
      gapsMs: [25_000, 4 * 60_000],
    });
    const projectId = await signInToOwnerProject(context);

    await page.goto(`/project/${projectId}/sessions`);
    await expect(page.getByRole("heading", { level: 1, name: "Sessions" })).toBeVisible();
    const row = page.getByRole("table", { name: "Sessions" }).locator(`tr[data-session-id="${sessionId}"]`);
    await expect(row).toBeVisible();
    await expect(row.getByRole("cell").nth(2)).toHaveText("3");
    await expect(row.getByRole("link", { name: userId })).toBeVisible();
    await page.screenshot({ path: test.info().outputPath("sessions.png"), fullPage: true });

    // The search narrows the list through the URL, which the server reads back.
    await page.getByRole("searchbox", { name: "Search sessions" }).fill(run);
    await expect(page).toHaveURL(new RegExp(`[?&]search=${run}`));
    await expect(page.getByRole("table", { name: "Sessions" }).locator("tbody tr")).toHaveCount(1);

    await row.getByRole("link", { name: sessionId }).click();
    await expect(page.getByRole("heading", { level: 1, name: sessionId })).toBeVisible();
    const summary = page.locator('header[aria-label="Session summary"]');
    await expect(summary.getByRole("definition").first()).toHaveText("3");
    await expect(summary.getByRole("link", { name: userId })).toHaveAttribute(
      "href",
      `/project/${projectId}/users/${userId}`,
    );

    const turns = page.getByRole("list", { name: "Turns" }).getByRole("article", { name: /^Turn \d+$/ });
    await expect(turns).toHaveCount(3);
    await expect(turns.getByRole("article", { name: "User message" })).toHaveText(
      TURNS.map((turn) => new RegExp(escapeRegExp(turn.question))),
    );
    for (const [index, turn] of TURNS.entries()) {
      const current = turns.nth(index);
      await expect(current).toHaveAttribute("data-trace-id", traceIds[index]!);
      await expect(current.getByRole("link", { name: `Open the trace of turn ${index + 1}` })).toHaveAttribute(
        "href",
        `/project/${projectId}/traces/${traceIds[index]}`,
      );
      await expect(current.getByRole("article", { name: "Assistant message" })).toContainText(plain(turn.answer));
    }
    // Markdown renders as markup, not as asterisks and backticks.
    await expect(turns.nth(0).getByRole("article", { name: "Assistant message" }).locator("strong")).toHaveText(
      "/api/public/otel",
    );
    await expect(turns.nth(1).getByRole("article", { name: "Assistant message" }).getByRole("listitem")).toHaveCount(3);
    await expect(page.getByText("3m 59s later")).toBeVisible();
    await page.screenshot({ path: test.info().outputPath("session.png"), fullPage: true });

    // Opening a turn loads its model call with everything the model was sent.
    await turns.nth(2).getByRole("button", { name: "Show the model call" }).click();
    const modelCall = turns.nth(2).getByRole("region", { name: "Model call" });
    const input = modelCall.getByRole("list", { name: "Input messages" });
    await expect(input.getByRole("article", { name: "System message" })).toContainText(CONVERSATION_SYSTEM_PROMPT);
    await expect(input.getByRole("article", { name: "User message" })).toHaveCount(3);
    await expect(modelCall.getByRole("list", { name: "Output messages" })).toContainText(plain(TURNS[2]!.answer));
    // A full-page shot taken scrolled down would paint the sticky shell mid-page.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: test.info().outputPath("session-model-call.png"), fullPage: true });

    await turns.nth(1).getByRole("link", { name: "Open the trace of turn 2" }).click();
    await expect(page).toHaveURL(new RegExp(`/traces/${traceIds[1]}$`));
    await expect(page.getByRole("heading", { level: 1, name: "support-chat" })).toBeVisible();
  });

  test("pages through more sessions than fit on one page with Load more", async ({ page, context, request }) => {
    const prefix = `e2e-many-${randomBytes(4).toString("hex")}`;
    await sendManySessions(request, { prefix, count: 53, startMs: Date.now() - 30 * 60_000 });
    const projectId = await signInToOwnerProject(context);

    await page.goto(`/project/${projectId}/sessions?search=${prefix}&sort=traceCount&order=asc`);
    const rows = page.getByRole("table", { name: "Sessions" }).locator("tbody tr");
    await expect(rows).toHaveCount(50);
    await expect(page.getByRole("columnheader", { name: "Traces" })).toHaveAttribute("aria-sort", "ascending");
    await page.getByRole("button", { name: "Load more" }).click();
    await expect(rows).toHaveCount(53);
    await expect(page.getByText("53 sessions", { exact: true })).toBeVisible();
    await expect(page.getByRole("button", { name: "Load more" })).toHaveCount(0);
    const ids = await rows.evaluateAll((elements) =>
      elements.map((element) => element.getAttribute("data-session-id")),
    );
    expect(new Set(ids).size).toBe(53);

    await page.getByRole("combobox", { name: "Time range" }).click();
    await page.getByRole("option", { name: "Last 7 days" }).click();
    await expect(page).toHaveURL(/[?&]range=7d/);
    await expect(rows).toHaveCount(50);
  });
});

/** The answer as it reads once markdown is rendered. */
function plain(markdown: string): string {
  return markdown
    .replace(/\*\*|`/g, "")
    .split("\n")
    .filter(Boolean)
    .at(-1)!
    .replace(/^- /, "");
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
