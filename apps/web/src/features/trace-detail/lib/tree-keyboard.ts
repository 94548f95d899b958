import { firstChildOf } from "./build-span-tree";
import type { TSpanTree } from "./build-span-tree";
import { hasChildren } from "./visible-rows";

/** What one key press asks of the tree; the caller applies it. */
export type TTreeMove =
  { type: "select"; index: number } | { type: "expand"; index: number } | { type: "collapse"; index: number } | null;

type TMoveOptions = {
  tree: TSpanTree;
  rows: Int32Array;
  /** The selected span's position in `rows`, or -1 when it is hidden or nothing is selected. */
  selectedRow: number;
  key: string;
  isCollapsed: (index: number) => boolean;
};

/**
 * The WAI-ARIA tree pattern: up/down walk the visible spans, right opens a closed node or steps to
 * its first child, left closes an open node or steps to its parent. Group header rows are skipped.
 */
export function treeMove({ tree, rows, selectedRow, key, isCollapsed }: TMoveOptions): TTreeMove {
  const selected = selectedRow >= 0 ? rows[selectedRow] : undefined;
  switch (key) {
    case "ArrowDown":
      return selectSpanRow(rows, selectedRow < 0 ? 0 : selectedRow + 1, 1);
    case "ArrowUp":
      return selectSpanRow(rows, selectedRow < 0 ? 0 : selectedRow - 1, -1);
    case "Home":
      return selectSpanRow(rows, 0, 1);
    case "End":
      return selectSpanRow(rows, rows.length - 1, -1);
    case "ArrowRight": {
      if (selected === undefined || selected < 0 || !hasChildren(tree, selected)) return null;
      if (isCollapsed(selected)) return { type: "expand", index: selected };
      const child = firstChildOf(tree, selected);
      return child === null ? null : { type: "select", index: child };
    }
    case "ArrowLeft": {
      if (selected === undefined || selected < 0) return null;
      if (hasChildren(tree, selected) && !isCollapsed(selected)) return { type: "collapse", index: selected };
      const parent = tree.parentOf[selected] ?? -1;
      return parent < 0 ? null : { type: "select", index: parent };
    }
    default:
      return null;
  }
}

function selectSpanRow(rows: Int32Array, from: number, step: 1 | -1): TTreeMove {
  for (let row = from; row >= 0 && row < rows.length; row += step) {
    const index = rows[row]!;
    if (index >= 0) return { type: "select", index };
  }
  return null;
}
