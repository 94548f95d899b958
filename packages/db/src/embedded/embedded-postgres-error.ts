/**
 * A start-up failure of the embedded PostgreSQL, worded for the person starting Spanlight: one line
 * with the cause and what to change (a variable, a folder). The boot prints it without a stack.
 */
export class EmbeddedPostgresError extends Error {
  override name = "EmbeddedPostgresError";
}

/** The errno code of a Node system error (EACCES, ENOENT, …), if it is one. */
export function errnoCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("code" in error)) return undefined;
  return typeof error.code === "string" ? error.code : undefined;
}
