"use client";

import { Clock, Globe } from "lucide-react";
import { DropdownMenuLabel } from "@/components/ui/dropdown-menu";
import { DropdownMenuRadioGroup, DropdownMenuRadioItem } from "@/components/ui/dropdown-menu-options";
import { useTimeZone } from "@/hooks/use-time-zone";
import { parseTimeZoneMode } from "@/lib/time-zone";

/** Timestamps in the browser's zone or in UTC, everywhere at once. */
export function TimeZoneMenuItems() {
  const { mode, setMode } = useTimeZone();
  return (
    <>
      <DropdownMenuLabel>Times</DropdownMenuLabel>
      <DropdownMenuRadioGroup value={mode} onValueChange={(value) => setMode(parseTimeZoneMode(value))}>
        <DropdownMenuRadioItem value="local" onSelect={(event) => event.preventDefault()}>
          <Clock aria-hidden className="size-4 text-zinc-400" />
          Local time
        </DropdownMenuRadioItem>
        <DropdownMenuRadioItem value="utc" onSelect={(event) => event.preventDefault()}>
          <Globe aria-hidden className="size-4 text-zinc-400" />
          UTC
        </DropdownMenuRadioItem>
      </DropdownMenuRadioGroup>
    </>
  );
}
