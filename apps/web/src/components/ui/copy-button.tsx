"use client";

import { Check, Copy } from "lucide-react";
import { useCopyToClipboard } from "@/hooks/use-copy-to-clipboard";
import { cn } from "@/lib/utils";

type TCopyButtonProps = {
  value: string;
  /** Names what is copied for screen readers and tests: "Copy secret key". */
  label: string;
  className?: string;
  /** Shows "Copy" / "Copied" beside the icon. */
  hasText?: boolean;
};

export function CopyButton({ value, label, className, hasText = false }: TCopyButtonProps) {
  const { copy, isCopied } = useCopyToClipboard();
  return (
    <button
      type="button"
      onClick={() => void copy(value)}
      aria-label={isCopied ? "Copied" : label}
      title={label}
      className={cn(
        "inline-flex h-7 shrink-0 items-center gap-1.5 rounded-md px-1.5 text-12 font-medium text-zinc-500 transition-colors",
        "outline-none hover:bg-zinc-100 hover:text-zinc-900 focus-visible:ring-2 focus-visible:ring-brand/30",
        isCopied && "text-emerald-600 hover:text-emerald-600",
        className,
      )}
    >
      {isCopied ? <Check className="size-3.5" aria-hidden /> : <Copy className="size-3.5" aria-hidden />}
      {hasText ? <span>{isCopied ? "Copied" : "Copy"}</span> : null}
    </button>
  );
}
