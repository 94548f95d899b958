import { test } from "@playwright/test";
import { encodeProtobufTraceRequest } from "@spanlight/ingest";
import { postOtlpProtobuf, randomTraceId, signInToOwnerProject, waitForTrace } from "../support/otlp-send";
import { bigTraceRequest } from "../support/synthetic-traces";
import { expect } from "../support/ui-expect";

const SPAN_COUNT = 20_000;

test.describe("[TRACES]: a big trace", () => {
  test.setTimeout(240_000);

  test(`a ${SPAN_COUNT.toLocaleString("en-US")}-span trace opens, scrolls and selects`, async ({
    page,
    context,
    request,
  }) => {
    const traceId = randomTraceId();
    await postOtlpProtobuf(request, encodeProtobufTraceRequest(bigTraceRequest(traceId, SPAN_COUNT)));
    await waitForTrace(request, { traceId, spanCount: SPAN_COUNT });
    const projectId = await signInToOwnerProject(context);

    const startedAt = Date.now();
    await page.goto(`/project/${projectId}/traces/${traceId}`);
    const tree = page.getByRole("tree", { name: "Spans" });
    await expect(tree.getByRole("treeitem", { name: "big-agent-run" })).toHaveAttribute("aria-selected", "true");
    const treeShownAt = Date.now();
    await tree.getByRole("treeitem", { name: "retriever-step-31" }).click();
    const panel = page.getByRole("region", { name: "Span details" });
    await expect(panel.getByRole("heading", { name: "retriever-step-31" })).toBeVisible();
    const selectedAt = Date.now();
    await expect(panel.getByRole("region", { name: "Input" })).toContainText("step 31 input");
    const payloadAt = Date.now();
    const timing = await page.evaluate(() => {
      const [navigation] = performance.getEntriesByType("navigation") as PerformanceNavigationTiming[];
      return navigation ? { lastByte: navigation.responseEnd, domReady: navigation.domContentLoadedEventEnd } : null;
    });
    console.log(
      `[trace-detail] ${SPAN_COUNT} spans, ms after navigation started:`,
      JSON.stringify({
        htmlDone: Math.round(timing?.lastByte ?? -1),
        domReady: Math.round(timing?.domReady ?? -1),
        treeInteractive: treeShownAt - startedAt,
        spanSelected: selectedAt - startedAt,
        spanPayloadShown: payloadAt - startedAt,
      }),
    );

    // Only a screenful of rows is in the DOM, however many spans the trace has.
    expect(await tree.getByRole("treeitem").count()).toBeLessThan(120);
    await expect(page.getByText(`${SPAN_COUNT.toLocaleString("en-US")} spans`)).toBeVisible();

    await page.screenshot({ path: test.info().outputPath("trace-detail-big.png"), fullPage: false });

    await page.keyboard.press("End");
    await expect(tree.getByRole("treeitem", { name: "Orphaned spans" })).toBeVisible();
    await expect(tree.getByRole("treeitem").last()).toHaveAttribute("aria-selected", "true");
    await page.keyboard.press("Home");
    await expect(tree.getByRole("treeitem", { name: "big-agent-run" })).toHaveAttribute("aria-selected", "true");

    // Ctrl + wheel over the timeline zooms around the pointer; "Fit whole trace" undoes it.
    await page.getByLabel("Time axis").hover();
    await page.keyboard.down("Control");
    await page.mouse.wheel(0, -400);
    await page.keyboard.up("Control");
    await expect(page.getByLabel("Visible time range")).toBeVisible();
    await page.getByRole("button", { name: "Fit whole trace" }).click();
    await expect(page.getByLabel("Visible time range")).toBeHidden();
    await page.getByRole("button", { name: "Zoom in" }).click();
    await expect(page.getByLabel("Visible time range")).toBeVisible();
  });
});
