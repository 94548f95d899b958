"use client";

import { useNow } from "@/hooks/use-now";
import { useTimeZone } from "@/hooks/use-time-zone";
import { formatInstant, zoneLabel } from "@/lib/time-zone";

const RELATIVE = new Intl.RelativeTimeFormat("en", { numeric: "auto" });
const DATE_ONLY = {
  local: new Intl.DateTimeFormat("en", { dateStyle: "medium" }),
  utc: new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" }),
};

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
];

function relative(date: Date, now: number): string {
  const seconds = Math.round((date.getTime() - now) / 1000);
  if (Math.abs(seconds) < 45) return "just now";
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return RELATIVE.format(Math.round(seconds / size), unit);
  }
  return RELATIVE.format(Math.round(seconds / 60), "minute");
}

type TTimeProps = { iso: string; format?: "relative" | "date" };

/**
 * A timestamp relative to now (or its date), the full date, time and zone on hover in the clock the
 * person chose (local or UTC). Server and browser can
 * disagree on "now" and on the zone, so the text is allowed to differ at hydration.
 */
export function Time({ iso, format = "relative" }: TTimeProps) {
  const now = useNow();
  const { mode } = useTimeZone();
  const date = new Date(iso);
  return (
    <time dateTime={iso} title={`${formatInstant(iso, mode)} ${zoneLabel(iso, mode)}`} suppressHydrationWarning>
      {format === "relative" ? relative(date, now) : DATE_ONLY[mode].format(date)}
    </time>
  );
}
