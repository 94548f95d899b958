import { countedCostUsd, countedTokens } from "./tree-span";
import type { TTreeSpan } from "./tree-span";

/**
 * The span tree in flat typed arrays, built in O(n) (plus one sort when the input is out of start
 * order) so a 100,000-span trace costs a few milliseconds and no per-node objects. Span i is
 * `spans[i]`; spans are in start order, so every child list is too.
 */
export type TSpanTree = {
  spans: readonly TTreeSpan[];
  indexById: ReadonlyMap<string, number>;
  /** -1 for roots and orphans. */
  parentOf: Int32Array;
  /** Roots 0; orphans 1, since they sit under the "Orphaned spans" group. */
  depthOf: Int32Array;
  /** Children of i are `childList[childOffsets[i]] … childList[childOffsets[i + 1] - 1]`. */
  childOffsets: Int32Array;
  childList: Int32Array;
  roots: Int32Array;
  /** Spans whose parent is not in the trace (or that sit in a parent cycle). */
  orphans: Int32Array;
  subtreeTokens: Float64Array;
  subtreeCostUsd: Float64Array;
  subtreeErrors: Int32Array;
  /** Descendants plus the span itself. */
  subtreeSize: Int32Array;
  startMs: number;
  endMs: number;
};

const NO_PARENT = -1;

export function buildSpanTree(input: readonly TTreeSpan[]): TSpanTree {
  const spans = isStartOrdered(input) ? input : [...input].sort((a, b) => a.startMs - b.startMs);
  const count = spans.length;
  const indexById = new Map<string, number>();
  spans.forEach((span, index) => indexById.set(span.spanId, index));

  const parentOf = new Int32Array(count).fill(NO_PARENT);
  const isOrphan = new Uint8Array(count);
  spans.forEach((span, index) => {
    if (span.parentSpanId === null) return;
    const parent = indexById.get(span.parentSpanId);
    if (parent === undefined || parent === index) isOrphan[index] = 1;
    else parentOf[index] = parent;
  });

  let children = buildChildLists(parentOf);
  if (detachCycles({ parentOf, isOrphan, children })) children = buildChildLists(parentOf);

  const roots: number[] = [];
  const orphans: number[] = [];
  for (let index = 0; index < count; index++) {
    if (parentOf[index] !== NO_PARENT) continue;
    (isOrphan[index] ? orphans : roots).push(index);
  }

  const depthOf = new Int32Array(count);
  const preorder = preorderFrom([...roots, ...orphans], children, (index) => (isOrphan[index] ? 1 : 0), depthOf);
  const aggregates = aggregateSubtrees({ spans, parentOf, preorder });
  const { startMs, endMs } = traceBounds(spans);

  return {
    spans,
    indexById,
    parentOf,
    depthOf,
    childOffsets: children.offsets,
    childList: children.list,
    roots: Int32Array.from(roots),
    orphans: Int32Array.from(orphans),
    ...aggregates,
    startMs,
    endMs,
  };
}

export function childCountOf(tree: TSpanTree, index: number): number {
  return (tree.childOffsets[index + 1] ?? 0) - (tree.childOffsets[index] ?? 0);
}

export function firstChildOf(tree: TSpanTree, index: number): number | null {
  return childCountOf(tree, index) > 0 ? (tree.childList[tree.childOffsets[index] ?? 0] ?? null) : null;
}

function isStartOrdered(spans: readonly TTreeSpan[]): boolean {
  for (let index = 1; index < spans.length; index++) {
    if ((spans[index]?.startMs ?? 0) < (spans[index - 1]?.startMs ?? 0)) return false;
  }
  return true;
}

type TChildLists = { offsets: Int32Array; list: Int32Array };

/** Compressed child lists: counts, prefix sums, then one fill pass in index (= start) order. */
function buildChildLists(parentOf: Int32Array): TChildLists {
  const count = parentOf.length;
  const offsets = new Int32Array(count + 1);
  for (let index = 0; index < count; index++) {
    const parent = parentOf[index] ?? NO_PARENT;
    if (parent !== NO_PARENT) offsets[parent + 1]! += 1;
  }
  for (let index = 0; index < count; index++) offsets[index + 1]! += offsets[index]!;
  const cursor = offsets.slice(0, count);
  const list = new Int32Array(offsets[count] ?? 0);
  for (let index = 0; index < count; index++) {
    const parent = parentOf[index] ?? NO_PARENT;
    if (parent === NO_PARENT) continue;
    list[cursor[parent]!] = index;
    cursor[parent]! += 1;
  }
  return { offsets, list };
}

/**
 * Spans reachable from no root or orphan sit in a parent cycle (A → B → A, which a buggy exporter can
 * send). Each such span found first is cut loose and shown as an orphan. Returns whether any was.
 */
function detachCycles(options: { parentOf: Int32Array; isOrphan: Uint8Array; children: TChildLists }): boolean {
  const { parentOf, isOrphan, children } = options;
  const count = parentOf.length;
  const isReached = new Uint8Array(count);
  const starts: number[] = [];
  for (let index = 0; index < count; index++) if (parentOf[index] === NO_PARENT) starts.push(index);
  markReachable(starts, children, isReached);
  let hasDetached = false;
  for (let index = 0; index < count; index++) {
    if (isReached[index]) continue;
    parentOf[index] = NO_PARENT;
    isOrphan[index] = 1;
    hasDetached = true;
    markReachable([index], children, isReached);
  }
  return hasDetached;
}

function markReachable(starts: number[], children: TChildLists, isReached: Uint8Array): void {
  const stack = [...starts];
  while (stack.length > 0) {
    const index = stack.pop()!;
    if (isReached[index]) continue;
    isReached[index] = 1;
    for (let cursor = children.offsets[index]!; cursor < children.offsets[index + 1]!; cursor++)
      stack.push(children.list[cursor]!);
  }
}

/** Depth-first order from the given starts, filling depths on the way. */
function preorderFrom(
  starts: number[],
  children: TChildLists,
  startDepth: (index: number) => number,
  depthOf: Int32Array,
): Int32Array {
  const order = new Int32Array(depthOf.length);
  let length = 0;
  const stack: number[] = [];
  for (let position = starts.length - 1; position >= 0; position--) {
    const start = starts[position]!;
    depthOf[start] = startDepth(start);
    stack.push(start);
  }
  while (stack.length > 0) {
    const index = stack.pop()!;
    order[length++] = index;
    for (let cursor = children.offsets[index + 1]! - 1; cursor >= children.offsets[index]!; cursor--) {
      const child = children.list[cursor]!;
      depthOf[child] = depthOf[index]! + 1;
      stack.push(child);
    }
  }
  return order.subarray(0, length);
}

/** Own (counted) values first, then each span adds its subtree into its parent, children before parents. */
function aggregateSubtrees(options: { spans: readonly TTreeSpan[]; parentOf: Int32Array; preorder: Int32Array }) {
  const { spans, parentOf, preorder } = options;
  const count = spans.length;
  const subtreeTokens = new Float64Array(count);
  const subtreeCostUsd = new Float64Array(count);
  const subtreeErrors = new Int32Array(count);
  const subtreeSize = new Int32Array(count).fill(1);
  spans.forEach((span, index) => {
    subtreeTokens[index] = countedTokens(span);
    subtreeCostUsd[index] = countedCostUsd(span);
    subtreeErrors[index] = span.isError ? 1 : 0;
  });
  for (let position = preorder.length - 1; position >= 0; position--) {
    const index = preorder[position]!;
    const parent = parentOf[index]!;
    if (parent === NO_PARENT) continue;
    subtreeTokens[parent]! += subtreeTokens[index]!;
    subtreeCostUsd[parent]! += subtreeCostUsd[index]!;
    subtreeErrors[parent]! += subtreeErrors[index]!;
    subtreeSize[parent]! += subtreeSize[index]!;
  }
  return { subtreeTokens, subtreeCostUsd, subtreeErrors, subtreeSize };
}

function traceBounds(spans: readonly TTreeSpan[]): { startMs: number; endMs: number } {
  if (spans.length === 0) return { startMs: 0, endMs: 0 };
  let startMs = Infinity;
  let endMs = -Infinity;
  for (const span of spans) {
    startMs = Math.min(startMs, span.startMs);
    endMs = Math.max(endMs, span.startMs + span.durationMs);
  }
  return { startMs, endMs };
}
