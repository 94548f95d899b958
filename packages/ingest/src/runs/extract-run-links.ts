import type { TRunLink } from "@spanlight/core";
import { asString, isRecord } from "../normalize/attribute-values.ts";
import type { TAttributes } from "../otlp/types.ts";
import type { TCanonicalSpan } from "../types.ts";

/*
 * Dataset runs announced by span attributes (issue 9, "Runs"): a pipeline tags the root span of each
 * dataset item's execution, and ingest links that trace to the run's item. Two conventions: ours
 * (`spanlight.dataset.*`) and Langfuse's experiment attributes (`langfuse/_client/attributes.py`).
 * Pure: the caller stores the links.
 */

type TConvention = { dataset: string; item: string; run: readonly string[]; metadata: string };

const CONVENTIONS: readonly TConvention[] = [
  {
    dataset: "spanlight.dataset.name",
    item: "spanlight.dataset.item_id",
    run: ["spanlight.dataset.run"],
    metadata: "spanlight.dataset.run.metadata",
  },
  {
    dataset: "langfuse.experiment.dataset.id",
    item: "langfuse.experiment.item.id",
    // The run's readable name when the SDK sent one, else its id.
    run: ["langfuse.experiment.name", "langfuse.experiment.id"],
    metadata: "langfuse.experiment.metadata",
  },
];

const MAX_NAME_LENGTH = 200;

/** Every span that names a dataset, an item and a run, as a link; spans without them cost one lookup. */
export function extractRunLinks(spans: readonly TCanonicalSpan[]): TRunLink[] {
  const links: TRunLink[] = [];
  for (const span of spans) {
    for (const convention of CONVENTIONS) {
      const link = toLink(span, convention);
      if (link) {
        links.push(link);
        break;
      }
    }
  }
  return links;
}

function toLink(span: TCanonicalSpan, convention: TConvention): TRunLink | null {
  const attributes = span.attributes;
  const dataset = nameOf(attributes[convention.dataset]);
  if (dataset === null) return null;
  const datasetItemId = nameOf(attributes[convention.item]);
  const runName = convention.run.map((key) => nameOf(attributes[key])).find((name) => name !== null) ?? null;
  if (datasetItemId === null || runName === null) return null;
  return {
    dataset,
    runName,
    runMetadata: jsonObject(attributes, convention.metadata),
    datasetItemId,
    traceId: span.traceId,
    spanId: span.spanId,
  };
}

/** A usable name: trimmed, non-empty, within the run and item name limits, no "," (compare lists names). */
function nameOf(value: unknown): string | null {
  const text = asString(value)?.trim();
  if (!text || text.length > MAX_NAME_LENGTH || /[/?#,]/.test(text)) return null;
  return text;
}

function jsonObject(attributes: TAttributes, key: string): Record<string, unknown> | null {
  const text = asString(attributes[key]);
  if (text === null) return null;
  try {
    const parsed: unknown = JSON.parse(text);
    return isRecord(parsed) ? parsed : null;
  } catch {
    return null;
  }
}
