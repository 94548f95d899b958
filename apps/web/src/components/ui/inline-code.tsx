import type { ReactNode } from "react";
import { cn } from "@/lib/utils";

export function InlineCode({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <code
      className={cn(
        "rounded border border-zinc-200 bg-zinc-50 px-1 py-px font-mono text-[0.92em] text-zinc-800",
        className,
      )}
    >
      {children}
    </code>
  );
}
