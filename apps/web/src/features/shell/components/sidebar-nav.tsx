"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/utils";
import { PROJECT_NAV_ITEMS, sectionOf, SETTINGS_NAV_ITEM } from "../nav-items";
import type { TNavItem } from "../nav-items";

export function SidebarNav({ projectId }: { projectId: string }) {
  const activeSection = sectionOf(usePathname());
  return (
    <nav aria-label="Project" className="flex flex-1 flex-col gap-0.5 px-3">
      {PROJECT_NAV_ITEMS.map((item) => (
        <NavLink key={item.segment} item={item} projectId={projectId} isActive={activeSection === item.segment} />
      ))}
      <div className="mt-auto pt-4 pb-1">
        <NavLink
          item={SETTINGS_NAV_ITEM}
          projectId={projectId}
          isActive={activeSection === SETTINGS_NAV_ITEM.segment}
        />
      </div>
    </nav>
  );
}

function NavLink({ item, projectId, isActive }: { item: TNavItem; projectId: string; isActive: boolean }) {
  const Icon = item.icon;
  return (
    <Link
      href={`/project/${projectId}/${item.segment}`}
      aria-current={isActive ? "page" : undefined}
      aria-label={item.label}
      title={item.label}
      className={cn(
        "group flex h-8 items-center gap-2.5 rounded-md px-2 text-13 font-medium transition-colors outline-none",
        "focus-visible:ring-2 focus-visible:ring-brand/30",
        isActive
          ? "bg-white text-zinc-900 shadow-xs ring-1 ring-zinc-200"
          : "text-zinc-600 hover:bg-zinc-200/50 hover:text-zinc-900",
      )}
    >
      <Icon
        className={cn("size-4 shrink-0", isActive ? "text-brand" : "text-zinc-400 group-hover:text-zinc-600")}
        aria-hidden
      />
      <span data-sidebar-label className="truncate">
        {item.label}
      </span>
    </Link>
  );
}
