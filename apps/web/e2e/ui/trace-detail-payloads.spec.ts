import { test } from "@playwright/test";
import { postOtlpJson, randomSpanId, randomTraceId, signInToOwnerProject, waitForTrace } from "../support/otlp-send";
import { expect } from "../support/ui-expect";

const text = (key: string, value: string) => ({ key, value: { stringValue: value } });
const number = (key: string, value: number) => ({ key, value: { doubleValue: value } });

/** An OpenInference RAG trace: a chain whose output is plain markdown text, over a retriever's documents. */
function ragTrace(traceId: string) {
  const rootId = randomSpanId();
  const span = (spanId: string, parentSpanId: string | undefined, name: string, attributes: unknown[]) => ({
    traceId,
    spanId,
    parentSpanId,
    name,
    kind: 1,
    startTimeUnixNano: "1764000000000000000",
    endTimeUnixNano: "1764000000900000000",
    attributes,
  });
  return {
    resourceSpans: [
      {
        resource: { attributes: [text("service.name", "e2e-rag")] },
        scopeSpans: [
          {
            scope: { name: "openinference.instrumentation.dspy" },
            spans: [
              span(rootId, undefined, "RAG.forward", [
                text("openinference.span.kind", "CHAIN"),
                text("input.value", "How do refunds work?"),
                text(
                  "output.value",
                  "**Refunds** take five days.\n\n- Open *Orders*\n- Pick <script>window.__xss=1</script>",
                ),
              ]),
              span(randomSpanId(), rootId, "Retrieve.forward", [
                text("openinference.span.kind", "RETRIEVER"),
                text("input.value", "refunds"),
                text("retrieval.documents.0.document.id", "doc-7"),
                number("retrieval.documents.0.document.score", 0.92),
                text("retrieval.documents.0.document.content", "Refunds are paid back within **five** days."),
                text("retrieval.documents.1.document.id", "doc-9"),
                number("retrieval.documents.1.document.score", 0.41),
                text("retrieval.documents.1.document.content", "Orders ship in two days."),
                text("retrieval.documents.1.document.metadata", '{"source":"faq"}'),
              ]),
            ],
          },
        ],
      },
    ],
  };
}

test.describe("[TRACES]: plain-text payloads and retrieved documents", () => {
  test("a chain's text output renders as markdown and a retriever's documents as cards, both inert", async ({
    page,
    context,
    request,
  }) => {
    const traceId = randomTraceId();
    await postOtlpJson(request, ragTrace(traceId));
    await waitForTrace(request, { traceId, spanCount: 2 });
    const projectId = await signInToOwnerProject(context);
    await page.goto(`/project/${projectId}/traces/${traceId}`);

    const output = page.getByLabel("Output text");
    await expect(output.locator("strong")).toHaveText("Refunds");
    await expect(output.getByRole("listitem")).toHaveCount(2);
    await expect(output).toContainText("<script>window.__xss=1</script>");
    await expect(output.locator("script")).toHaveCount(0);
    await page.getByRole("radio", { name: "Plain text" }).click();
    await expect(output).toContainText("**Refunds** take five days.");

    await page.getByRole("treeitem", { name: /Retrieve\.forward/ }).click();
    const cards = page.getByRole("list", { name: "Retrieved documents" }).getByRole("listitem");
    await expect(cards).toHaveCount(2);
    await expect(cards.first()).toContainText("doc-7");
    await expect(cards.first()).toContainText("score 0.920");
    await expect(cards.nth(1)).toContainText("faq");
    await page.getByRole("radio", { name: "Markdown" }).click();
    await expect(cards.first().locator("strong")).toHaveText("five");
    await page.screenshot({ path: test.info().outputPath("retrieved-documents.png") });
    await page.getByRole("radio", { name: "JSON" }).click();
    await expect(page.getByRole("list", { name: "Retrieved documents" })).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  });
});
