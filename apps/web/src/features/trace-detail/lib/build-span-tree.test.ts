import { describe, expect, it } from "vitest";
import { buildSpanTree } from "./build-span-tree";
import { treeMove } from "./tree-keyboard";
import { span } from "./tree-span.fixture";
import { ORPHAN_GROUP_ROW, visibleRows } from "./visible-rows";

const idsOf = (tree: ReturnType<typeof buildSpanTree>, rows: Int32Array) =>
  [...rows].map((row) => (row === ORPHAN_GROUP_ROW ? "(orphans)" : tree.spans[row]!.spanId));

describe("buildSpanTree", () => {
  it("nests children in start order and sums tokens, cost and errors over subtrees", () => {
    const tree = buildSpanTree([
      span("root", null, { startMs: 0, durationMs: 100 }),
      span("late", "root", { kind: "LLM", startMs: 50, totalTokens: 10, costUsd: 0.5, isError: true }),
      span("early", "root", { kind: "LLM", startMs: 5, inputTokens: 3, outputTokens: 4, costUsd: 0.25 }),
      span("leaf", "early", { kind: "EMBEDDING", startMs: 6, totalTokens: 100, costUsd: 1 }),
    ]);
    const rows = visibleRows(tree, { collapsed: new Set(), isOrphanGroupOpen: true });
    expect(idsOf(tree, rows)).toEqual(["root", "early", "leaf", "late"]);
    const root = tree.indexById.get("root")!;
    const early = tree.indexById.get("early")!;
    expect(tree.subtreeTokens[root]).toBe(117);
    expect(tree.subtreeTokens[early]).toBe(107);
    expect(tree.subtreeCostUsd[root]).toBeCloseTo(1.75);
    expect(tree.subtreeErrors[root]).toBe(1);
    expect(tree.subtreeSize[root]).toBe(4);
    expect(tree.depthOf[tree.indexById.get("leaf")!]).toBe(2);
    expect(tree.endMs - tree.startMs).toBe(100);
  });

  it("sums usage as the trace rollup does: model calls only, so an AI SDK wrapper does not count twice", () => {
    // ai.generateText (CHAIN) repeats the summed usage of its ai.generateText.doGenerate (LLM) child.
    const tree = buildSpanTree([
      span("generate", null, {
        kind: "CHAIN",
        startMs: 0,
        durationMs: 100,
        inputTokens: 40,
        outputTokens: 9,
        totalTokens: 49,
        costUsd: 0.0000097,
      }),
      span("do-generate", "generate", {
        kind: "LLM",
        startMs: 1,
        inputTokens: 40,
        outputTokens: 9,
        totalTokens: 49,
        costUsd: 0.0000097,
      }),
      span("tool", "generate", { kind: "TOOL", startMs: 2, totalTokens: 5, costUsd: 1 }),
    ]);
    const root = tree.indexById.get("generate")!;
    expect(tree.subtreeTokens[root]).toBe(49);
    expect(tree.subtreeCostUsd[root]).toBeCloseTo(0.0000097, 12);
  });

  it("groups spans whose parent is missing, and breaks parent cycles instead of looping", () => {
    const tree = buildSpanTree([
      span("root", null),
      span("lost", "not-in-trace", { startMs: 1 }),
      span("lost-child", "lost", { startMs: 2 }),
      span("a", "b", { startMs: 3 }),
      span("b", "a", { startMs: 4 }),
      span("self", "self", { startMs: 5 }),
    ]);
    const rows = visibleRows(tree, { collapsed: new Set(), isOrphanGroupOpen: true });
    expect(idsOf(tree, rows)).toEqual(["root", "(orphans)", "lost", "lost-child", "a", "b", "self"]);
    expect(tree.depthOf[tree.indexById.get("lost-child")!]).toBe(2);
    const closed = visibleRows(tree, { collapsed: new Set(), isOrphanGroupOpen: false });
    expect(idsOf(tree, closed)).toEqual(["root", "(orphans)"]);
  });

  it("hides collapsed subtrees and walks the tree with the arrow keys", () => {
    const tree = buildSpanTree([
      span("root", null),
      span("child", "root", { startMs: 1 }),
      span("grandchild", "child", { startMs: 2 }),
    ]);
    const [root, child, grandchild] = ["root", "child", "grandchild"].map((id) => tree.indexById.get(id)!);
    const collapsed = new Set([child!]);
    const rows = visibleRows(tree, { collapsed, isOrphanGroupOpen: true });
    expect(idsOf(tree, rows)).toEqual(["root", "child"]);
    const move = (key: string, selected: number) =>
      treeMove({ tree, rows, selectedRow: rows.indexOf(selected), key, isCollapsed: (index) => collapsed.has(index) });
    expect(move("ArrowDown", root!)).toEqual({ type: "select", index: child });
    expect(move("ArrowRight", child!)).toEqual({ type: "expand", index: child });
    expect(move("ArrowLeft", child!)).toEqual({ type: "select", index: root });
    expect(move("ArrowLeft", root!)).toEqual({ type: "collapse", index: root });
    expect(move("ArrowRight", root!)).toEqual({ type: "select", index: child });
    expect(move("ArrowDown", child!)).toBeNull();
    expect(tree.parentOf[grandchild!]).toBe(child);
  });

  it("builds a 100,000-span tree in one pass", () => {
    const spans = Array.from({ length: 100_000 }, (_, index) =>
      span(`s${index}`, index === 0 ? null : `s${Math.floor((index - 1) / 4)}`, {
        kind: "LLM",
        startMs: index,
        totalTokens: 1,
      }),
    );
    const tree = buildSpanTree(spans);
    expect(tree.subtreeTokens[0]).toBe(100_000);
    expect(visibleRows(tree, { collapsed: new Set(), isOrphanGroupOpen: true })).toHaveLength(100_000);
  });
});
