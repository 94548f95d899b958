import { cn } from "@/lib/utils";

/** A regex source in mono, cut to the cell with the whole pattern on hover. */
export function PatternText({ pattern, className }: { pattern: string; className?: string }) {
  return (
    <code className={cn("block truncate font-mono text-12 text-zinc-600", className)} title={pattern}>
      {pattern}
    </code>
  );
}
