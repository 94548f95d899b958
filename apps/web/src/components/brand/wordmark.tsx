import { cn } from "@/lib/utils";

/** Three offset bars: a trace waterfall, Spanlight's subject, reduced to a mark. */
export function LogoMark({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 24 24" className={cn("size-6 text-brand", className)} aria-hidden>
      <rect width="24" height="24" rx="6" fill="currentColor" />
      <rect x="5" y="6.5" width="10" height="2.5" rx="1.25" fill="white" />
      <rect x="8.5" y="10.75" width="10.5" height="2.5" rx="1.25" fill="white" fillOpacity="0.85" />
      <rect x="11" y="15" width="5.5" height="2.5" rx="1.25" fill="white" fillOpacity="0.65" />
    </svg>
  );
}

export function Wordmark({ className }: { className?: string }) {
  return (
    <span className={cn("inline-flex items-center gap-2", className)}>
      <LogoMark />
      <span data-sidebar-label className="text-[15px] font-semibold tracking-tight text-zinc-900">
        Spanlight
      </span>
    </span>
  );
}
