import "server-only";
import type { TDatasetDiff } from "@spanlight/core";
import { diffDatasetVersions } from "@spanlight/eval";
import { readDatasetVersionChanges } from "@spanlight/db";

/**
 * Added, removed and changed items from `from` to `to`. Only the revisions that changed in between
 * are read; `version` and `createdAt` are left out of the comparison (a re-saved identical item is
 * not a change).
 */
export async function diffDataset(options: {
  projectId: string;
  name: string;
  from: number;
  to: number;
}): Promise<TDatasetDiff> {
  const { before, after } = await readDatasetVersionChanges(options);
  const strip = <T extends { version: number; createdAt: string }>(item: T) => ({ ...item, version: 0, createdAt: "" });
  const byId = {
    before: new Map(before.map((item) => [item.id, item])),
    after: new Map(after.map((item) => [item.id, item])),
  };
  const diff = diffDatasetVersions({ before: before.map(strip), after: after.map(strip) });
  return {
    added: diff.added.map((item) => byId.after.get(item.id)!),
    removed: diff.removed.map((item) => byId.before.get(item.id)!),
    changed: diff.changed.map(({ id }) => ({ id, before: byId.before.get(id)!, after: byId.after.get(id)! })),
  };
}
