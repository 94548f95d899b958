import type { ReactNode } from "react";
import { cn } from "@/lib/utils";

/** A titled block inside the span panel. */
export function PanelSection({
  title,
  aside,
  children,
  className,
}: {
  title: string;
  aside?: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  return (
    <section aria-label={title} className={cn("flex flex-col gap-2", className)}>
      <div className="flex min-h-6 items-center justify-between gap-2">
        <h3 className="text-12 font-semibold tracking-wide text-zinc-500 uppercase">{title}</h3>
        {aside}
      </div>
      {children}
    </section>
  );
}

/** Short grey text where a section has nothing to show. */
export function EmptyNote({ children }: { children: ReactNode }) {
  return (
    <p className="rounded-md border border-dashed border-zinc-200 px-3 py-2.5 text-13 text-zinc-500">{children}</p>
  );
}
