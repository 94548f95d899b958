"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { TSpanTree } from "../lib/build-span-tree";

// Holding an arrow key fires ~30 keydowns a second; Chrome throttles history updates past ~100 per
// 10 s, so the URL follows the selection once it rests.
const URL_UPDATE_DELAY_MS = 150;

/**
 * The selected span, mirrored into `?span=<spanId>` so a link or a reload opens the same span. The
 * URL is replaced, not pushed: stepping through spans should not fill the back button's history.
 */
export function useSelectedSpan(tree: TSpanTree, initialSpanId: string | null) {
  const [selected, setSelected] = useState<number | null>(() => initialSelection(tree, initialSpanId));
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => () => clearTimer(timer.current), []);

  const select = useCallback(
    (index: number) => {
      setSelected(index);
      const spanId = tree.spans[index]?.spanId;
      if (!spanId) return;
      clearTimer(timer.current);
      timer.current = setTimeout(() => writeSpanParam(spanId), URL_UPDATE_DELAY_MS);
    },
    [tree],
  );

  return { selected, select };
}

function initialSelection(tree: TSpanTree, spanId: string | null): number | null {
  const linked = spanId === null ? undefined : tree.indexById.get(spanId);
  if (linked !== undefined) return linked;
  return tree.roots[0] ?? tree.orphans[0] ?? null;
}

function writeSpanParam(spanId: string): void {
  const url = new URL(window.location.href);
  if (url.searchParams.get("span") === spanId) return;
  url.searchParams.set("span", spanId);
  // Next.js App Router syncs useSearchParams with native history calls and does not refetch the page.
  window.history.replaceState(null, "", url);
}

function clearTimer(timer: ReturnType<typeof setTimeout> | null): void {
  if (timer) clearTimeout(timer);
}
