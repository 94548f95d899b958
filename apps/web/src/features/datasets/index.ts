// The datasets feature's browser-safe surface. Server pages and routes import `./server/*` and
// @spanlight/db directly.
export { AddToDatasetDialog } from "./components/add-to-dataset-dialog";
export { BulkAddToDatasetDialog } from "./components/bulk-add-dialog";
export { CreateDatasetDialog } from "./components/create-dataset-dialog";
export { DatasetListTable } from "./components/dataset-list-table";
export { DatasetView } from "./components/dataset-view";
export { datasetPagePath } from "./lib/dataset-paths";
