import { describe, expect, it } from "vitest";
import { buildSpanTree } from "./build-span-tree";
import { filterRows, matchSpans, nextErrorRow } from "./span-filter";
import { span } from "./tree-span.fixture";
import { visibleRows } from "./visible-rows";

const tree = buildSpanTree([
  span("agent", null, { kind: "AGENT", startMs: 0 }),
  span("plan", "agent", { kind: "LLM", model: "gpt-4o-mini", startMs: 1 }),
  span("search", "agent", { kind: "TOOL", startMs: 2, isError: true }),
  span("answer", "agent", { kind: "LLM", model: "gpt-4o", startMs: 3 }),
  span("retry", "search", { kind: "TOOL", startMs: 4, isError: true }),
]);
const rows = visibleRows(tree, { collapsed: new Set(), isOrphanGroupOpen: true });
const names = (shown: Int32Array) => [...shown].map((row) => tree.spans[row]!.name);

describe("span filter", () => {
  it("keeps matching spans and their ancestors, in tree order", () => {
    const errors = filterRows({ tree, rows, isMatch: matchSpans(tree, { text: "", kind: null, isErrorsOnly: true }) });
    expect(names(errors)).toEqual(["agent", "search", "retry"]);
    const llm = filterRows({ tree, rows, isMatch: matchSpans(tree, { text: "", kind: "LLM", isErrorsOnly: false }) });
    expect(names(llm)).toEqual(["agent", "plan", "answer"]);
  });

  it("matches names and models by text, so gpt-4o-mini is not gpt-4o", () => {
    const mini = filterRows({
      tree,
      rows,
      isMatch: matchSpans(tree, { text: "4O-MINI", kind: null, isErrorsOnly: false }),
    });
    expect(names(mini)).toEqual(["agent", "plan"]);
  });

  it("steps to the next failed span and wraps around", () => {
    const search = tree.indexById.get("search")!;
    const retry = tree.indexById.get("retry")!;
    expect(nextErrorRow({ tree, rows, selected: null })).toBe(search);
    expect(nextErrorRow({ tree, rows, selected: search })).toBe(retry);
    expect(nextErrorRow({ tree, rows, selected: retry })).toBe(search);
  });
});
