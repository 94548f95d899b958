/** Polls until `isDone` holds; fails with `what` past the deadline instead of hanging the run. */
export async function waitUntil(isDone: () => boolean, what: string, deadlineMs = 15_000): Promise<void> {
  const startedAt = Date.now();
  while (!isDone()) {
    if (Date.now() - startedAt > deadlineMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
