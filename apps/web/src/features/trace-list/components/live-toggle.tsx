"use client";

import { Radio } from "lucide-react";
import { cn } from "@/lib/utils";

type TLiveToggleProps = {
  isOn: boolean;
  /** Why live cannot run for this view; absent when it can. */
  disabledReason: string | null;
  isPolling: boolean;
  onToggle: () => void;
};

/** Polls for new traces while on; only views whose window ends now, newest first, can go live. */
export function LiveToggle({ isOn, disabledReason, isPolling, onToggle }: TLiveToggleProps) {
  const isDisabled = disabledReason !== null;
  return (
    <button
      type="button"
      aria-pressed={isOn}
      disabled={isDisabled}
      onClick={onToggle}
      title={disabledReason ?? (isOn ? "Stop following new traces" : "Show new traces as they arrive")}
      className={cn(
        "inline-flex h-7 items-center gap-1.5 rounded-md border px-2.5 text-12 font-medium shadow-xs transition-colors outline-none",
        "focus-visible:ring-2 focus-visible:ring-brand/30 disabled:cursor-not-allowed disabled:opacity-50",
        isOn
          ? "border-emerald-200 bg-emerald-50 text-emerald-700 hover:bg-emerald-100"
          : "border-zinc-200 bg-white text-zinc-700 hover:bg-zinc-50",
      )}
    >
      {isOn ? (
        <span className="relative flex size-2" aria-hidden>
          {isPolling ? (
            <span className="absolute inline-flex size-full animate-ping rounded-full bg-emerald-400 opacity-75" />
          ) : null}
          <span className="relative inline-flex size-2 rounded-full bg-emerald-500" />
        </span>
      ) : (
        <Radio className="size-3.5 text-zinc-400" aria-hidden />
      )}
      Live
    </button>
  );
}
