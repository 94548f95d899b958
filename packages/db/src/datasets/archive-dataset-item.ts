import { NotFoundError } from "@spanlight/core";
import { getDatasetItem } from "./read-dataset-items.ts";
import { writeDatasetItems } from "./write-dataset-items.ts";
import type { TWriteDatasetItemsResult } from "./write-dataset-items.ts";

/** Archives an item: a new version in which it is archived; older versions still hold it. */
export async function archiveDatasetItem(options: {
  projectId: string;
  name: string;
  itemId: string;
}): Promise<TWriteDatasetItemsResult> {
  const item = await getDatasetItem(options);
  if (item.status === "archived") throw new NotFoundError(`Item "${options.itemId}" is archived already`);
  return writeDatasetItems({
    projectId: options.projectId,
    datasetName: options.name,
    reason: "archive",
    items: [
      {
        ...item,
        status: "archived",
        feedbackScoreIds: item.lineage.feedback.map((score) => score.id),
        correctionScoreId: item.lineage.correction?.id ?? null,
      },
    ],
  });
}
