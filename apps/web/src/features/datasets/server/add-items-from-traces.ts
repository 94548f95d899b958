import "server-only";
import type { TDatasetFromTraces, TExpectedOutputFrom } from "@spanlight/core";
import { applyFieldMapping, getJsonPath } from "@spanlight/eval";
import { findDataset, readTraceSources, writeDatasetItems } from "@spanlight/db";
import type { TDatasetItemWrite, TTraceSource } from "@spanlight/db";
import { itemSchemaChecker } from "./check-item-schemas";

export type TFromTracesPreview = { items: TDatasetItemWrite[]; matched: number };

/**
 * Builds items from traces (given ids, or the trace list's filter) and writes them as one version;
 * a source span already in the dataset is skipped, so running the same add twice adds nothing.
 */
export async function addItemsFromTraces(options: {
  projectId: string;
  name: string;
  body: TDatasetFromTraces;
}): Promise<{ added: number; skipped: number; version: number }> {
  const dataset = await findDataset(options);
  const check = itemSchemaChecker(dataset);
  const { items, requested } = await buildItems(options);
  for (const item of items) check(item, `trace ${item.sourceTraceId}`);
  const result = await writeDatasetItems({
    projectId: options.projectId,
    datasetName: options.name,
    reason: "from-traces",
    items,
    skipKnownSources: true,
  });
  // Traces without the chosen span count as skipped too: they were asked for and not added.
  return { added: result.added, skipped: result.skipped + (requested - items.length), version: result.version };
}

/** The first items a from-traces add would write, for the UI's preview; nothing is stored. */
export async function previewItemsFromTraces(options: {
  projectId: string;
  name: string;
  body: TDatasetFromTraces;
  limit: number;
}): Promise<TFromTracesPreview> {
  await findDataset(options);
  const { items } = await buildItems(options);
  return { items: items.slice(0, options.limit), matched: items.length };
}

async function buildItems(options: { projectId: string; body: TDatasetFromTraces }) {
  const { body } = options;
  const target = body.traceIds ? { traceIds: body.traceIds } : { filter: body.filter ?? {} };
  const { sources, requested } = await readTraceSources({
    projectId: options.projectId,
    target,
    spanName: body.spanName,
  });
  return { items: sources.map((source) => toItem(source, body)), requested };
}

function toItem(source: TTraceSource, body: TDatasetFromTraces): TDatasetItemWrite {
  const expected = expectedOutputOf(source, body.expectedOutputFrom);
  const base = { input: source.input, expectedOutput: expected.value, metadata: null as unknown };
  const mapped = body.mapping && body.mapping.length > 0 ? mapFields(source, expected.value, body.mapping) : base;
  return {
    id: null,
    input: mapped.input ?? null,
    expectedOutput: mapped.expectedOutput ?? null,
    metadata: mapped.metadata ?? null,
    sourceTraceId: source.traceId,
    sourceSpanId: source.spanId,
    status: "active",
    feedbackScoreIds: source.feedbackScoreIds,
    correctionScoreId: expected.usedCorrection ? (source.correction?.scoreId ?? null) : null,
  };
}

function expectedOutputOf(
  source: TTraceSource,
  from: TExpectedOutputFrom,
): { value: unknown; usedCorrection: boolean } {
  switch (from) {
    case "correction-else-output":
      return source.correction
        ? { value: source.correction.value, usedCorrection: true }
        : { value: source.output, usedCorrection: false };
    case "output":
      return { value: source.output, usedCorrection: false };
    case "correction":
      return { value: source.correction?.value ?? null, usedCorrection: source.correction !== null };
    default: {
      const exhaustive: never = from;
      return exhaustive;
    }
  }
}

/** Mapping paths read `{input, output, metadata, correction, expectedOutput, name, traceId, spanId}`. */
function mapFields(source: TTraceSource, expectedOutput: unknown, mapping: NonNullable<TDatasetFromTraces["mapping"]>) {
  const from = {
    input: source.input,
    output: source.output,
    metadata: source.metadata,
    correction: source.correction?.value ?? null,
    expectedOutput,
    name: source.name,
    traceId: source.traceId,
    spanId: source.spanId,
  };
  const mapped = applyFieldMapping(from, mapping);
  return {
    input: getJsonPath(mapped, "$.input"),
    expectedOutput: getJsonPath(mapped, "$.expectedOutput"),
    metadata: getJsonPath(mapped, "$.metadata"),
  };
}
