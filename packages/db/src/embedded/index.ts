export { EMBEDDED_DATABASE_NAME, findFreePort, startEmbeddedPostgres } from "./start-embedded-postgres.ts";
export type { TEmbeddedPostgres } from "./start-embedded-postgres.ts";
export { EmbeddedPostgresError } from "./embedded-postgres-error.ts";
