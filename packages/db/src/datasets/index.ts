export { archiveDatasetItem } from "./archive-dataset-item.ts";
export { createDataset, listDatasets } from "./create-dataset.ts";
export { findDataset } from "./dataset-rows.ts";
export {
  getDatasetItem,
  listDatasetItems,
  listDatasetVersions,
  readDatasetVersionChanges,
} from "./read-dataset-items.ts";
export { readTraceSources } from "./read-trace-sources.ts";
export type { TTraceSource } from "./read-trace-sources.ts";
export { openDatasetItemStream } from "./stream-dataset-items.ts";
export { writeDatasetItems } from "./write-dataset-items.ts";
export type { TDatasetItemWrite, TWriteDatasetItemsResult } from "./write-dataset-items.ts";
