import type { TSpanKindName } from "@spanlight/core";
import type { TSpanTree } from "./build-span-tree";
import { ORPHAN_GROUP_ROW } from "./visible-rows";

/** What the tree's filter bar asks for; empty fields match everything. */
export type TSpanFilter = {
  /** Part of the span's name or model, any case. */
  text: string;
  kind: TSpanKindName | null;
  isErrorsOnly: boolean;
};

export const EMPTY_SPAN_FILTER: TSpanFilter = { text: "", kind: null, isErrorsOnly: false };

export function isFilterActive(filter: TSpanFilter): boolean {
  return filter.text.trim() !== "" || filter.kind !== null || filter.isErrorsOnly;
}

/** 1 for each span the filter matches. */
export function matchSpans(tree: TSpanTree, filter: TSpanFilter): Uint8Array {
  const text = filter.text.trim().toLowerCase();
  const isMatch = new Uint8Array(tree.spans.length);
  tree.spans.forEach((span, index) => {
    if (filter.kind !== null && span.kind !== filter.kind) return;
    if (filter.isErrorsOnly && !span.isError) return;
    if (text && !span.name.toLowerCase().includes(text) && !(span.model ?? "").toLowerCase().includes(text)) return;
    isMatch[index] = 1;
  });
  return isMatch;
}

/**
 * The visible rows that match, with their ancestors kept so each match still shows where it sits
 * (as Phoenix and Jaeger filter a tree). Order stays the tree's.
 */
export function filterRows(options: { tree: TSpanTree; rows: Int32Array; isMatch: Uint8Array }): Int32Array {
  const { tree, rows, isMatch } = options;
  const isKept = new Uint8Array(tree.spans.length);
  let hasOrphanKept = false;
  for (let index = 0; index < isMatch.length; index++) {
    if (!isMatch[index]) continue;
    for (let current = index; current !== -1 && !isKept[current]; current = tree.parentOf[current]!) {
      isKept[current] = 1;
      if (tree.parentOf[current] === -1 && tree.depthOf[current] === 1) hasOrphanKept = true;
    }
  }
  return rows.filter((row) => (row === ORPHAN_GROUP_ROW ? hasOrphanKept : isKept[row] === 1));
}

/** The next failed span after `selected` in row order, wrapping around; null when none failed. */
export function nextErrorRow(options: { tree: TSpanTree; rows: Int32Array; selected: number | null }): number | null {
  const { tree, rows, selected } = options;
  const start = selected === null ? -1 : rows.indexOf(selected);
  for (let step = 1; step <= rows.length; step++) {
    const row = rows[(start + step + rows.length) % rows.length]!;
    if (row !== ORPHAN_GROUP_ROW && tree.spans[row]!.isError) return row;
  }
  return null;
}
