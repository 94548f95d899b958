"use client";

import { Search } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { Input } from "@/components/ui/input";
import { cn } from "@/lib/utils";

// Long enough to skip the keystrokes of a word, short enough to feel live.
const SEARCH_DELAY_MS = 300;

type TSearchFieldProps = {
  label: string;
  placeholder: string;
  defaultValue: string;
  onSearch: (value: string) => void;
  className?: string;
};

/** A search box that reports its text once typing pauses, or at once on Enter. */
export function SearchField({ label, placeholder, defaultValue, onSearch, className }: TSearchFieldProps) {
  const [value, setValue] = useState(defaultValue);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => () => clearPending(timer.current), []);

  function onChange(next: string) {
    setValue(next);
    clearPending(timer.current);
    timer.current = setTimeout(() => onSearch(next.trim()), SEARCH_DELAY_MS);
  }

  function onSubmitNow() {
    clearPending(timer.current);
    onSearch(value.trim());
  }

  return (
    <div className={cn("relative", className)}>
      <Search
        className="pointer-events-none absolute top-1/2 left-2.5 size-3.5 -translate-y-1/2 text-zinc-400"
        aria-hidden
      />
      <Input
        type="search"
        aria-label={label}
        placeholder={placeholder}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === "Enter") onSubmitNow();
        }}
        className="pl-8"
      />
    </div>
  );
}

function clearPending(timer: ReturnType<typeof setTimeout> | null): void {
  if (timer) clearTimeout(timer);
}
