import { dequal } from "dequal";

export type TDatasetVersionDiff<TItem> = {
  /** In `after` order. */
  added: TItem[];
  /** In `before` order. */
  removed: TItem[];
  /** In `after` order; an item is changed when anything but its id differs (deep equality). */
  changed: Array<{ id: string; before: TItem; after: TItem }>;
};

/**
 * Added, removed and changed items between two versions of a dataset, matched by id. Whether an
 * archived item counts as removed is the caller's choice: pass the items each version exposes.
 */
export function diffDatasetVersions<TItem extends { id: string }>(input: {
  before: Iterable<TItem>;
  after: Iterable<TItem>;
}): TDatasetVersionDiff<TItem> {
  const beforeById = new Map<string, TItem>();
  for (const item of input.before) beforeById.set(item.id, item);
  const diff: TDatasetVersionDiff<TItem> = { added: [], removed: [], changed: [] };
  const seen = new Set<string>();
  for (const item of input.after) {
    seen.add(item.id);
    const previous = beforeById.get(item.id);
    if (previous === undefined) diff.added.push(item);
    else if (!dequal(previous, item)) diff.changed.push({ id: item.id, before: previous, after: item });
  }
  for (const [id, item] of beforeById) if (!seen.has(id)) diff.removed.push(item);
  return diff;
}
