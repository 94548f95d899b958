"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/utils";

export type TTab = { href: string; label: string };

/** Sub-page tabs as links: the active one is the longest href the path starts with. */
export function TabNav({ tabs, label }: { tabs: TTab[]; label: string }) {
  const pathname = usePathname();
  const active = tabs
    .filter((tab) => pathname === tab.href || pathname.startsWith(`${tab.href}/`))
    .sort((a, b) => b.href.length - a.href.length)[0];
  return (
    <nav aria-label={label} className="flex gap-5 border-b border-zinc-200">
      {tabs.map((tab) => {
        const isActive = tab.href === active?.href;
        return (
          <Link
            key={tab.href}
            href={tab.href}
            aria-current={isActive ? "page" : undefined}
            className={cn(
              "-mb-px border-b-2 pb-2.5 text-13 font-medium transition-colors outline-none focus-visible:text-zinc-900",
              isActive ? "border-brand text-zinc-900" : "border-transparent text-zinc-500 hover:text-zinc-800",
            )}
          >
            {tab.label}
          </Link>
        );
      })}
    </nav>
  );
}
