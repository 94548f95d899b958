"use client";

import { useTimeZone } from "@/hooks/use-time-zone";
import { formatInstant, zoneLabel } from "@/lib/time-zone";

type TTimestampProps = {
  iso: string;
  /** "datetime" (to the second), "time" (hh:mm:ss), or "precise" (milliseconds and the zone). */
  precision?: "datetime" | "time" | "precise";
};

/**
 * An instant in the clock the person chose (local or UTC), the zone named on hover. The browser's
 * zone can differ from the server's, so the text may change at hydration.
 */
export function Timestamp({ iso, precision = "datetime" }: TTimestampProps) {
  const { mode } = useTimeZone();
  const text = formatInstant(iso, mode);
  const zone = zoneLabel(iso, mode);
  const shown = precision === "time" ? text.slice(11, 19) : precision === "datetime" ? text.slice(0, 19) : text;
  return (
    <time dateTime={iso} title={`${text} ${zone}`} suppressHydrationWarning>
      {shown}
      {precision === "precise" ? <span className="ml-1 text-zinc-500">{zone}</span> : null}
    </time>
  );
}
