import { describe, expect, it } from "vitest";
import { buildRequest, buildSpan, spanId, TRACE_ID } from "../conventions/__fixtures__/otlp-builders.ts";
import { normalizeTraceRequest } from "../normalize/normalize-trace-request.ts";
import type { TAttributes } from "../otlp/types.ts";
import { extractRunLinks } from "./extract-run-links.ts";

function linksOf(...spans: { id: number; attributes: TAttributes }[]) {
  const request = buildRequest(
    spans.map((span) =>
      buildSpan({ name: `span-${span.id}`, spanId: spanId(span.id), parentSpanId: null, attributes: span.attributes }),
    ),
  );
  return extractRunLinks(normalizeTraceRequest(request).spans);
}

describe("extractRunLinks", () => {
  it("reads Spanlight's dataset attributes, with the run's metadata JSON", () => {
    const links = linksOf({
      id: 1,
      attributes: {
        "spanlight.dataset.name": "phenotypes",
        "spanlight.dataset.item_id": "case-7",
        "spanlight.dataset.run": "llama3-8b",
        "spanlight.dataset.run.metadata": '{"model": "Llama3-8B", "promptVersion": 3}',
      },
    });
    expect(links).toEqual([
      {
        dataset: "phenotypes",
        runName: "llama3-8b",
        runMetadata: { model: "Llama3-8B", promptVersion: 3 },
        datasetItemId: "case-7",
        traceId: TRACE_ID,
        spanId: spanId(1),
      },
    ]);
  });

  it("reads Langfuse's experiment attributes: the run's name, else its id", () => {
    const named = linksOf({
      id: 2,
      attributes: {
        "langfuse.experiment.id": "exp-123",
        "langfuse.experiment.name": "moa-8-3",
        "langfuse.experiment.dataset.id": "ds-1",
        "langfuse.experiment.item.id": "item-9",
        "langfuse.experiment.metadata": '{"model": "MoA-8"}',
      },
    });
    expect(named).toMatchObject([
      { dataset: "ds-1", runName: "moa-8-3", datasetItemId: "item-9", runMetadata: { model: "MoA-8" } },
    ]);
    const unnamed = linksOf({
      id: 3,
      attributes: {
        "langfuse.experiment.id": "exp-123",
        "langfuse.experiment.dataset.id": "ds-1",
        "langfuse.experiment.item.id": 42,
      },
    });
    expect(unnamed).toMatchObject([{ runName: "exp-123", datasetItemId: "42", runMetadata: null }]);
  });

  it("ignores spans missing a part, names it cannot store and metadata that is not a JSON object", () => {
    expect(
      linksOf(
        { id: 1, attributes: { "spanlight.dataset.name": "d", "spanlight.dataset.run": "r" } },
        {
          id: 2,
          attributes: {
            "spanlight.dataset.name": "d",
            "spanlight.dataset.item_id": "i",
            "spanlight.dataset.run": "a,b",
          },
        },
        { id: 3, attributes: { "http.method": "GET" } },
      ),
    ).toEqual([]);
    const [link] = linksOf({
      id: 4,
      attributes: {
        "spanlight.dataset.name": " d ",
        "spanlight.dataset.item_id": "i",
        "spanlight.dataset.run": "r",
        "spanlight.dataset.run.metadata": "[1, 2]",
      },
    });
    expect(link).toMatchObject({ dataset: "d", runMetadata: null });
  });
});
