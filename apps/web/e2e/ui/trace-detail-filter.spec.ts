import { randomBytes } from "node:crypto";
import { test } from "@playwright/test";
import { sendGenAiAgentTurn } from "../support/conversation-traces";
import { signInToOwnerProject } from "../support/otlp-send";
import { expect } from "../support/ui-expect";

test.describe("[TRACE]: finding spans inside a trace", () => {
  test("filters the tree by name, kind and failures, and steps from error to error", async ({
    page,
    context,
    request,
  }) => {
    const run = randomBytes(4).toString("hex");
    const traceId = await sendGenAiAgentTurn(request, {
      sessionId: `e2e-filter-session-${run}`,
      userId: `e2e-filter-user-${run}`,
      question: "Weather in Oslo?",
      answer: "Probably cold.",
      toolError: "timed out",
      startMs: Date.now() - 5 * 60_000,
    });
    const projectId = await signInToOwnerProject(context);
    await page.goto(`/project/${projectId}/traces/${traceId}`);
    const tree = page.getByRole("tree", { name: "Spans" });
    const items = tree.getByRole("treeitem");
    await expect(items).toHaveCount(3);

    const bar = page.getByRole("search", { name: "Filter spans" });
    await bar.getByRole("searchbox", { name: "Find spans by name or model" }).fill("gpt-4o");
    // The match keeps its parent, so it still shows where it sits.
    await expect(items).toHaveText([/invoke_agent weather-bot/, /chat gpt-4o/]);
    await expect(bar.getByRole("status")).toHaveText("1 match");
    await bar.getByRole("searchbox", { name: "Find spans by name or model" }).fill("");

    await bar.getByRole("combobox", { name: "Span kind" }).click();
    await page.getByRole("option", { name: "Tool" }).click();
    await expect(items).toHaveText([/invoke_agent weather-bot/, /execute_tool get_weather/]);
    await bar.getByRole("combobox", { name: "Span kind" }).click();
    await page.getByRole("option", { name: "All kinds" }).click();

    await bar.getByRole("button", { name: "Errors only" }).click();
    await expect(items).toHaveText([/invoke_agent weather-bot/, /execute_tool get_weather/]);
    await page.screenshot({ path: test.info().outputPath("trace-span-filter.png") });
    await bar.getByRole("button", { name: "Errors only" }).click();
    await expect(items).toHaveCount(3);

    await bar.getByRole("button", { name: "Next error" }).click();
    await expect(tree.getByRole("treeitem", { name: "execute_tool get_weather" })).toHaveAttribute(
      "aria-selected",
      "true",
    );
    await expect(page.getByRole("region", { name: "Span details" })).toContainText("timed out");
  });
});
