"use client";

import { ChevronRight } from "lucide-react";
import { usePathname } from "next/navigation";
import { PROJECT_NAV_ITEMS, sectionOf, SETTINGS_NAV_ITEM } from "../nav-items";

/** "Project name › Section", from the URL, so every page gets it without saying so. */
export function TopBarTitle({ projectName }: { projectName: string }) {
  const section = sectionOf(usePathname());
  const label = [...PROJECT_NAV_ITEMS, SETTINGS_NAV_ITEM].find((item) => item.segment === section)?.label;
  return (
    <div className="flex min-w-0 items-center gap-1.5 text-13">
      <span className="truncate text-zinc-500">{projectName}</span>
      {label ? (
        <>
          <ChevronRight className="size-3.5 shrink-0 text-zinc-300" aria-hidden />
          <span className="truncate font-medium text-zinc-900">{label}</span>
        </>
      ) : null}
    </div>
  );
}
