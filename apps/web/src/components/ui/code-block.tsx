import { cn } from "@/lib/utils";
import { CopyButton } from "./copy-button";

type TCodeBlockProps = {
  code: string;
  /** What the block is, shown in its header and used for the copy button's label. */
  title: string;
  className?: string;
};

/**
 * A dark snippet with a header and a copy button; the code is rendered as text, never as HTML. Long
 * lines wrap on screen, the copy keeps them whole.
 */
export function CodeBlock({ code, title, className }: TCodeBlockProps) {
  return (
    <div className={cn("overflow-hidden rounded-lg border border-zinc-800 bg-zinc-950", className)}>
      <div className="flex h-9 items-center justify-between border-b border-zinc-800 pr-1.5 pl-3">
        <span className="text-12 font-medium text-zinc-400">{title}</span>
        <CopyButton
          value={code}
          label={`Copy ${title.toLowerCase()}`}
          hasText
          className="text-zinc-400 hover:bg-zinc-800 hover:text-zinc-100"
        />
      </div>
      <pre className="px-4 py-3 font-mono text-12 leading-relaxed whitespace-pre-wrap text-zinc-100 [overflow-wrap:anywhere]">
        <code>{code}</code>
      </pre>
    </div>
  );
}

/** One value in a mono box with a copy button: an endpoint, a key, an id. */
export function CopyField({ value, label, className }: { value: string; label: string; className?: string }) {
  return (
    <div
      className={cn(
        "flex h-8 min-w-0 items-center gap-1 rounded-md border border-zinc-200 bg-zinc-50 pr-0.5 pl-2.5 font-mono text-12 text-zinc-800",
        className,
      )}
    >
      <span className="min-w-0 flex-1 truncate" title={value}>
        {value}
      </span>
      <CopyButton value={value} label={`Copy ${label}`} />
    </div>
  );
}
