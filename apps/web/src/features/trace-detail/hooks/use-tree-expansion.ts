"use client";

import { useCallback, useMemo, useState } from "react";
import type { TSpanTree } from "../lib/build-span-tree";
import { hasChildren, visibleRows } from "../lib/visible-rows";
import type { TExpansion } from "../lib/visible-rows";

const ALL_EXPANDED: TExpansion = { collapsed: new Set(), isOrphanGroupOpen: true };

/** Which subtrees are open, and the rows that leaves on screen. */
export function useTreeExpansion(tree: TSpanTree) {
  const [expansion, setExpansion] = useState<TExpansion>(ALL_EXPANDED);
  const rows = useMemo(() => visibleRows(tree, expansion), [tree, expansion]);

  const setCollapsed = useCallback((index: number, isCollapsed: boolean) => {
    setExpansion((current) => {
      if (current.collapsed.has(index) === isCollapsed) return current;
      const collapsed = new Set(current.collapsed);
      if (isCollapsed) collapsed.add(index);
      else collapsed.delete(index);
      return { ...current, collapsed };
    });
  }, []);

  const toggle = useCallback(
    (index: number) =>
      setExpansion((current) => {
        const collapsed = new Set(current.collapsed);
        if (collapsed.has(index)) collapsed.delete(index);
        else collapsed.add(index);
        return { ...current, collapsed };
      }),
    [],
  );

  const toggleOrphanGroup = useCallback(
    () => setExpansion((current) => ({ ...current, isOrphanGroupOpen: !current.isOrphanGroupOpen })),
    [],
  );

  const expandAll = useCallback(() => setExpansion(ALL_EXPANDED), []);

  /** Leaves only the roots (and the orphan group header) on screen. */
  const collapseAll = useCallback(() => {
    const collapsed = new Set<number>();
    for (let index = 0; index < tree.spans.length; index++) if (hasChildren(tree, index)) collapsed.add(index);
    setExpansion({ collapsed, isOrphanGroupOpen: false });
  }, [tree]);

  const isCollapsed = useCallback((index: number) => expansion.collapsed.has(index), [expansion]);

  return {
    rows,
    isCollapsed,
    isOrphanGroupOpen: expansion.isOrphanGroupOpen,
    setCollapsed,
    toggle,
    toggleOrphanGroup,
    expandAll,
    collapseAll,
  };
}
