// The annotation queues feature's browser-safe surface. Server pages and routes import `./server/*`
// and @spanlight/db directly.
export { CreateQueueDialog } from "./components/create-queue-dialog";
export type { TQueueReviewerOption } from "./components/create-queue-dialog";
export { QueueDetailView } from "./components/queue-detail-view";
export { QueueListTable } from "./components/queue-list-table";
export { ReviewScreen } from "./components/review-screen";
export { queuePagePath } from "./lib/queue-paths";
export { AddToQueueDialog } from "./components/add-to-queue-dialog";
