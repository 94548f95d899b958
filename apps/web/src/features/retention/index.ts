// The retention feature's browser-safe surface. Server pages and routes import `./server/*` directly.
export { RetentionForm } from "./components/retention-form";
export { MAX_RETENTION_DAYS, ZRetention, ZRetentionResponse, ZUpdateRetention } from "./contracts";
export type { TRetention, TUpdateRetention } from "./contracts";
