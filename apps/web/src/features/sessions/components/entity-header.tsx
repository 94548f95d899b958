import { ChevronRight } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { CopyButton } from "@/components/ui/copy-button";
import { Timestamp } from "@/components/ui/timestamp";

type TEntityHeaderProps = {
  breadcrumb: { label: string; href: string };
  /** What the page is about, read by people first: "Session", "User". */
  kind: string;
  id: string;
  badges?: ReactNode;
  facts: ReactNode;
};

/** The head of a session or user page, styled like the trace page's: where, which one, the numbers. */
export function EntityHeader({ breadcrumb, kind, id, badges, facts }: TEntityHeaderProps) {
  return (
    <header aria-label={`${kind} summary`} className="border-b border-zinc-200 bg-white px-6 pt-3 pb-3">
      <nav aria-label="Breadcrumb" className="flex items-center gap-1 text-12 text-zinc-500">
        <Link href={breadcrumb.href} className="hover:text-zinc-900">
          {breadcrumb.label}
        </Link>
        <ChevronRight className="size-3 text-zinc-300" aria-hidden />
        <span className="max-w-md truncate font-mono">{id}</span>
      </nav>
      <div className="mt-1 flex min-w-0 items-center gap-2">
        <span className="shrink-0 rounded bg-zinc-100 px-1.5 py-0.5 text-[11px] font-semibold tracking-wide text-zinc-500 uppercase">
          {kind}
        </span>
        <h1 className="truncate font-mono text-[17px] font-semibold tracking-tight text-zinc-900" title={id}>
          {id}
        </h1>
        <CopyButton value={id} label={`Copy ${kind.toLowerCase()} id`} className="h-6 px-1" />
        {badges}
      </div>
      <dl className="mt-2.5 flex flex-wrap items-center gap-x-6 gap-y-1.5 text-13">{facts}</dl>
    </header>
  );
}

export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex min-w-0 items-center gap-1.5">
      <dt className="text-12 text-zinc-500">{label}</dt>
      <dd className="flex min-w-0 items-center gap-1 font-medium text-zinc-800 tabular-nums">{children}</dd>
    </div>
  );
}

/** A wall-clock time to the second in the reader's clock (local or UTC). */
export function AbsoluteTime({ iso }: { iso: string }) {
  return <Timestamp iso={iso} />;
}
