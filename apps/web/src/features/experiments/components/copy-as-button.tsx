"use client";

import { Check, Copy } from "lucide-react";
import { Button } from "@/components/ui/button";
import { useCopyToClipboard } from "@/hooks/use-copy-to-clipboard";

/** "Copy as <format>": a labelled secondary button (the icon-only CopyButton would not say which). */
export function CopyAsButton({ format, text }: { format: string; text: string }) {
  const { copy, isCopied } = useCopyToClipboard();
  return (
    <Button variant="secondary" size="sm" onClick={() => void copy(text)} aria-label={`Copy as ${format}`}>
      {isCopied ? <Check aria-hidden className="text-emerald-600" /> : <Copy aria-hidden />}
      {isCopied ? "Copied" : format}
    </Button>
  );
}
