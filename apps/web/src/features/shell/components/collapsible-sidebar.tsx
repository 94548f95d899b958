"use client";

import { PanelLeftClose, PanelLeftOpen } from "lucide-react";
import type { ReactNode } from "react";
import { useState, useSyncExternalStore } from "react";
import { cn } from "@/lib/utils";
import { storeSidebarState } from "../lib/sidebar-state";
import type { TSidebarState } from "../lib/sidebar-state";

const WIDE_QUERY = "(min-width: 80rem)";

function subscribeToWidth(onChange: () => void): () => void {
  const query = window.matchMedia(WIDE_QUERY);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
}

/** The sidebar, icons only or with labels; elements marked data-sidebar-label hide when it is narrow. */
export function CollapsibleSidebar({ initialState, children }: { initialState: TSidebarState; children: ReactNode }) {
  const [state, setState] = useState(initialState);
  const isWide = useSyncExternalStore(
    subscribeToWidth,
    () => window.matchMedia(WIDE_QUERY).matches,
    () => true,
  );
  const isCollapsed = state === "collapsed" || (state === "auto" && !isWide);

  function toggle() {
    const next = isCollapsed ? "expanded" : "collapsed";
    storeSidebarState(next);
    setState(next);
  }

  return (
    <aside
      data-sidebar={state}
      className={cn(
        "shrink-0 border-r border-zinc-200 bg-zinc-50 transition-[width] duration-150",
        state === "expanded" ? "w-60" : state === "collapsed" ? "w-14" : "w-14 xl:w-60",
      )}
    >
      <div className="sticky top-0 flex h-screen flex-col">
        {children}
        <div className="px-3 pb-3">
          <button
            type="button"
            onClick={toggle}
            aria-label={isCollapsed ? "Expand sidebar" : "Collapse sidebar"}
            title={isCollapsed ? "Expand sidebar" : "Collapse sidebar"}
            className="flex h-8 w-full items-center gap-2.5 rounded-md px-2 text-13 text-zinc-500 outline-none hover:bg-zinc-200/50 hover:text-zinc-900 focus-visible:ring-2 focus-visible:ring-brand/30"
          >
            {isCollapsed ? (
              <PanelLeftOpen className="size-4 shrink-0" aria-hidden />
            ) : (
              <PanelLeftClose className="size-4 shrink-0" aria-hidden />
            )}
            <span data-sidebar-label>Collapse</span>
          </button>
        </div>
      </div>
    </aside>
  );
}
