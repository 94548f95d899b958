import "server-only";
import { NotFoundError } from "@spanlight/core";
import type { TCreateDatasetItem, TDatasetItemDetail } from "@spanlight/core";
import { findDataset, getDatasetItem, writeDatasetItems } from "@spanlight/db";
import { itemSchemaChecker } from "./check-item-schemas";
import { readItemSource } from "./read-item-source";

/**
 * Adds an item, or edits it when the id exists (a new revision in a new version). Lineage of a
 * manual edit is kept from the revision it replaces; a new item with a source span takes that span's
 * feedback, and its winning correction when the item has an expected output (the UI starts the
 * expected output from that correction, so an edited one still comes from it).
 */
export async function upsertDatasetItem(options: {
  projectId: string;
  name: string;
  item: TCreateDatasetItem;
  lineage?: { feedbackScoreIds: string[]; correctionScoreId: string | null };
}): Promise<TDatasetItemDetail> {
  const dataset = await findDataset(options);
  const { item } = options;
  itemSchemaChecker(dataset)({ input: item.input, expectedOutput: item.expectedOutput ?? null }, item.id ?? "item");
  const previous = item.id ? await getDatasetItem({ ...options, itemId: item.id }).catch(() => null) : null;
  const lineage = options.lineage ?? (previous ? null : await sourceLineage(options.projectId, item));
  const id = item.id ?? crypto.randomUUID();
  await writeDatasetItems({
    projectId: options.projectId,
    datasetName: options.name,
    reason: previous ? "edit" : "add",
    items: [
      {
        id,
        input: item.input,
        expectedOutput: item.expectedOutput ?? null,
        metadata: item.metadata ?? null,
        sourceTraceId: item.sourceTraceId ?? previous?.sourceTraceId ?? null,
        sourceSpanId: item.sourceSpanId ?? previous?.sourceSpanId ?? null,
        status: "active",
        feedbackScoreIds: lineage?.feedbackScoreIds ?? previous?.lineage.feedback.map((score) => score.id) ?? [],
        correctionScoreId: lineage?.correctionScoreId ?? previous?.lineage.correction?.id ?? null,
      },
    ],
  });
  return getDatasetItem({ ...options, itemId: id });
}

async function sourceLineage(
  projectId: string,
  item: TCreateDatasetItem,
): Promise<{ feedbackScoreIds: string[]; correctionScoreId: string | null } | null> {
  if (!item.sourceTraceId || !item.sourceSpanId) return null;
  // A source that is gone (or never ingested) leaves the item without lineage rather than refusing it.
  const source = await readItemSource({ projectId, traceId: item.sourceTraceId, spanId: item.sourceSpanId }).catch(
    (error: unknown) => {
      if (error instanceof NotFoundError) return null;
      throw error;
    },
  );
  if (!source) return null;
  const hasExpectedOutput = item.expectedOutput !== undefined && item.expectedOutput !== null;
  return {
    feedbackScoreIds: source.feedbackScoreIds,
    correctionScoreId: hasExpectedOutput ? (source.correction?.scoreId ?? null) : null,
  };
}
