// Which clock timestamps read in: the browser's zone or UTC. A person's choice, kept in a cookie so
// the server renders the same text the browser will (for UTC; the browser's zone is its own).
export const TIME_ZONE_MODES = ["local", "utc"] as const;
export type TTimeZoneMode = (typeof TIME_ZONE_MODES)[number];

export const TIME_ZONE_COOKIE = "spanlight-time-zone";

export function parseTimeZoneMode(value: string | undefined): TTimeZoneMode {
  return TIME_ZONE_MODES.find((mode) => mode === value) ?? "local";
}

/** Remembers the choice for a year. */
export function storeTimeZoneMode(mode: TTimeZoneMode): void {
  document.cookie = `${TIME_ZONE_COOKIE}=${mode}; path=/; max-age=31536000; samesite=lax`;
}

/** "2026-01-01 12:00:00.123" in the chosen clock. */
export function formatInstant(iso: string, mode: TTimeZoneMode): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const pad = (value: number, width = 2) => String(value).padStart(width, "0");
  const isUtc = mode === "utc";
  const [year, month, day, hours, minutes, seconds] = isUtc
    ? [
        date.getUTCFullYear(),
        date.getUTCMonth(),
        date.getUTCDate(),
        date.getUTCHours(),
        date.getUTCMinutes(),
        date.getUTCSeconds(),
      ]
    : [date.getFullYear(), date.getMonth(), date.getDate(), date.getHours(), date.getMinutes(), date.getSeconds()];
  return (
    `${year}-${pad(month + 1)}-${pad(day)} ` +
    `${pad(hours)}:${pad(minutes)}:${pad(seconds)}.${pad(date.getUTCMilliseconds(), 3)}`
  );
}

/** The zone's short name at that instant: "UTC", "GMT+1", "PST"… */
export function zoneLabel(iso: string, mode: TTimeZoneMode): string {
  if (mode === "utc") return "UTC";
  const part = new Intl.DateTimeFormat("en-US", { timeZoneName: "short" })
    .formatToParts(new Date(iso))
    .find((candidate) => candidate.type === "timeZoneName");
  return part?.value ?? "";
}
