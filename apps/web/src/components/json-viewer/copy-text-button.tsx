"use client";

import { Check, Copy } from "lucide-react";
import { useCopyToClipboard } from "@/hooks/use-copy-to-clipboard";
import { cn } from "@/lib/utils";

/**
 * A copy button that builds its text only when clicked: serialising a multi-megabyte payload on every
 * render (as the plain CopyButton's `value` would need) is too slow for a span panel.
 */
export function CopyTextButton({
  label,
  getText,
  className,
}: {
  label: string;
  getText: () => string;
  className?: string;
}) {
  const { copy, isCopied } = useCopyToClipboard();
  return (
    <button
      type="button"
      onClick={() => void copy(getText())}
      aria-label={isCopied ? "Copied" : label}
      title={label}
      className={cn(
        "inline-flex size-6 shrink-0 items-center justify-center rounded text-zinc-500 outline-none hover:bg-zinc-200/60 hover:text-zinc-900 focus-visible:ring-2 focus-visible:ring-brand/30",
        isCopied && "text-emerald-600 hover:text-emerald-600",
        className,
      )}
    >
      {isCopied ? <Check className="size-3.5" aria-hidden /> : <Copy className="size-3.5" aria-hidden />}
    </button>
  );
}
