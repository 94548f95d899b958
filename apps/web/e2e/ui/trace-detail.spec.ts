import { test } from "@playwright/test";
import type { Locator } from "@playwright/test";
import { recordWeatherChain, WEATHER_QUESTION, WEATHER_SYSTEM_PROMPT } from "../support/openinference-trace";
import { signInToOwnerProject, waitForTrace } from "../support/otlp-send";
import { expect } from "../support/ui-expect";

test.describe("[TRACES]: the trace detail page", () => {
  test("shows a real OpenInference trace as a tree with the chat, tool call, tokens and cost of a model call", async ({
    page,
    context,
    request,
  }) => {
    const traceId = await recordWeatherChain();
    expect(traceId).toMatch(/^[0-9a-f]{32}$/);
    await waitForTrace(request, { traceId, spanCount: 3 });
    const projectId = await signInToOwnerProject(context);

    await page.goto(`/project/${projectId}/traces/${traceId}`);
    await expect(page.getByRole("heading", { level: 1, name: "weather-chain" })).toBeVisible();
    const tree = page.getByRole("tree", { name: "Spans" });
    const rows = tree.getByRole("treeitem");
    await expect(rows).toHaveCount(3);

    await page.getByRole("button", { name: "Collapse all spans" }).click();
    await expect(rows).toHaveCount(1);
    await tree.getByRole("button", { name: "Expand weather-chain" }).click();
    await expect(rows).toHaveCount(3);
    await expect(rows.nth(1)).toHaveAttribute("aria-level", "2");

    // The second model call carries the whole exchange: system, user, the tool call, its result, the answer.
    const answerCall = rows.nth(2);
    await answerCall.click();
    await expect(answerCall).toHaveAttribute("aria-selected", "true");
    const spanId = await answerCall.getAttribute("data-span-id");
    await expect(page).toHaveURL(new RegExp(`[?&]span=${spanId}`));

    const panel = page.getByRole("region", { name: "Span details" });
    await expectAnswerCall(panel);
    await page.screenshot({ path: test.info().outputPath("trace-detail.png"), fullPage: false });

    for (const [label, fileName] of [
      ["Export JSON", `trace-${traceId}.json`],
      ["OTLP JSON", `trace-${traceId}.otlp.json`],
    ] as const) {
      const download = page.waitForEvent("download");
      await page.getByRole("link", { name: label }).click();
      expect((await download).suggestedFilename()).toBe(fileName);
    }

    await page.reload();
    await expect(rows.nth(2)).toHaveAttribute("aria-selected", "true");
    await expectAnswerCall(panel);

    await panel.getByRole("tab", { name: "Details" }).click();
    await expect(panel.getByTestId("cost-source")).toContainText(/Priced from gpt-4o-mini .*per 1M tokens/);
    await page.screenshot({ path: test.info().outputPath("trace-detail-details.png"), fullPage: false });
    await panel.getByRole("tab", { name: /Attributes/ }).click();
    const attributes = panel.getByRole("region", { name: "Span attributes" });
    await attributes.getByRole("searchbox", { name: "Search attributes" }).fill("llm.model");
    await expect(attributes.getByRole("row")).toHaveCount(1);
    await expect(attributes.getByRole("row")).toContainText("gpt-4o-mini");

    await rows.nth(2).click();
    await page.keyboard.press("ArrowUp");
    await expect(rows.nth(1)).toHaveAttribute("aria-selected", "true");
    await expect(rows.nth(2)).toHaveAttribute("aria-selected", "false");
    await page.keyboard.press("ArrowLeft");
    await expect(rows.nth(0)).toHaveAttribute("aria-selected", "true");
    await expect(panel.getByRole("heading", { name: "weather-chain" })).toBeVisible();
    await page.keyboard.press("ArrowLeft");
    await expect(rows).toHaveCount(1);
    await page.keyboard.press("ArrowRight");
    await expect(rows).toHaveCount(3);
    await page.keyboard.press("ArrowRight");
    await expect(rows.nth(1)).toHaveAttribute("aria-selected", "true");
    await page.keyboard.press("ArrowDown");
    await expect(rows.nth(2)).toHaveAttribute("aria-selected", "true");
    await expect(page).toHaveURL(new RegExp(`[?&]span=${spanId}`));
  });
});

async function expectAnswerCall(panel: Locator) {
  const input = panel.getByRole("list", { name: "Input messages" });
  await expect(input.getByRole("article", { name: "System message" })).toContainText(WEATHER_SYSTEM_PROMPT);
  await expect(input.getByRole("article", { name: "User message" })).toContainText(WEATHER_QUESTION);
  const toolCall = input.getByLabel("Tool call get_weather");
  await expect(toolCall).toContainText("get_weather");
  await expect(toolCall).toContainText('"city": "Paris"');
  await expect(input.getByRole("article", { name: "Tool result message" })).toContainText('"temperature_c": 21');
  await expect(panel.getByRole("list", { name: "Output messages" })).toContainText("It is sunny and 21 °C in Paris.");
  const summary = panel.getByRole("definition").filter({ hasText: " in · " });
  await expect(summary).toHaveText("42 in · 17 out");
  await expect(panel.getByLabel("Span summary")).toContainText(/Cost\s*\$0\.0000\d+/);
}
