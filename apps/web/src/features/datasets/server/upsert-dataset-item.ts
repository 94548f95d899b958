import "server-only";
import type { TCreateDatasetItem, TDatasetItemDetail } from "@spanlight/core";
import { findDataset, getDatasetItem, writeDatasetItems } from "@spanlight/db";
import { itemSchemaChecker } from "./check-item-schemas";

/**
 * Adds an item, or edits it when the id exists (a new revision in a new version). Lineage of a
 * manual edit is kept from the revision it replaces.
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
        feedbackScoreIds:
          options.lineage?.feedbackScoreIds ?? previous?.lineage.feedback.map((score) => score.id) ?? [],
        correctionScoreId: options.lineage?.correctionScoreId ?? previous?.lineage.correction?.id ?? null,
      },
    ],
  });
  return getDatasetItem({ ...options, itemId: id });
}
