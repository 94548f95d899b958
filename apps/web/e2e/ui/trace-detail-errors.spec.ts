import { test } from "@playwright/test";
import { postOtlpJson, randomTraceId, signInToOwnerProject, waitForTrace } from "../support/otlp-send";
import { failingTraceJson, STACK_TRACE } from "../support/synthetic-traces";
import { expect } from "../support/ui-expect";

test.describe("[TRACES]: failures and loose ends", () => {
  test("an errored span shows its exception and stack trace, orphans sit in their own group, payloads open as JSON", async ({
    page,
    context,
    request,
  }) => {
    const traceId = randomTraceId();
    await postOtlpJson(request, failingTraceJson(traceId));
    await waitForTrace(request, { traceId, spanCount: 3 });
    const projectId = await signInToOwnerProject(context);

    await page.goto(`/project/${projectId}/traces/${traceId}`);
    await expect(page.getByText("1 error", { exact: true })).toBeVisible();
    const tree = page.getByRole("tree", { name: "Spans" });
    await expect(tree.getByRole("treeitem", { name: "Orphaned spans" })).toBeVisible();
    await expect(tree.getByRole("treeitem", { name: "late-callback" })).toHaveAttribute("aria-level", "2");

    await tree.getByRole("treeitem", { name: "search-orders" }).click();
    const panel = page.getByRole("region", { name: "Span details" });
    const exception = panel.getByRole("group", { name: "Exception" });
    await expect(exception).toContainText("TimeoutError");
    // The stack trace keeps its lines: the pre's text is the trace exactly as sent.
    await expect(exception.locator("pre")).toHaveText(STACK_TRACE);
    await page.screenshot({ path: test.info().outputPath("trace-detail-error.png"), fullPage: false });
    await panel.getByRole("tab", { name: /Events/ }).click();
    await expect(panel.getByRole("region", { name: "Events (1)" })).toContainText("retry");
    await expect(panel.getByRole("region", { name: "Events (1)" })).toContainText("attempt");

    await tree.getByRole("treeitem", { name: "late-callback" }).click();
    await expect(panel).toContainText("is not in this trace");
    await tree.getByRole("treeitem", { name: "Orphaned spans" }).click();
    await expect(tree.getByRole("treeitem", { name: "late-callback" })).toBeHidden();

    await tree.getByRole("treeitem", { name: "support-agent" }).click();
    await panel.getByRole("tab", { name: "Preview" }).click();
    const input = panel.getByRole("region", { name: "Input" });
    await expect(input).toContainText("Where is my order?");
    await expect(input).not.toContainText('"Hi"');
    await input.getByRole("searchbox", { name: "Search input" }).fill("hi");
    await expect(input.getByText("2 found")).toBeVisible();
    await expect(input.locator("mark")).toHaveText(["hi", "Hi"]);
    await page.screenshot({ path: test.info().outputPath("trace-detail-json.png"), fullPage: false });
    await input.getByRole("searchbox", { name: "Search input" }).fill("");
    await input.getByRole("button", { name: "Collapse every node of input" }).click();
    await expect(input.getByRole("button", { name: /^history/ })).toHaveAttribute("aria-expanded", "false");
    await expect(input).not.toContainText('"Hi"');
    await input.getByRole("button", { name: "Expand every node of input" }).click();
    await expect(input).toContainText('"Hi"');
  });
});
