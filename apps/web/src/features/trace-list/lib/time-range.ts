// The list's time window as the URL holds it: a preset ending now (`range=1h`), or a custom
// `from`/`to`. The API only knows instants, so a preset becomes `from = now - preset` per request.

export const TIME_RANGE_PRESETS = [
  { id: "15m", label: "Last 15 minutes", shortLabel: "15 min", ms: 15 * 60_000 },
  { id: "1h", label: "Last hour", shortLabel: "1 h", ms: 60 * 60_000 },
  { id: "24h", label: "Last 24 hours", shortLabel: "24 h", ms: 24 * 60 * 60_000 },
  { id: "7d", label: "Last 7 days", shortLabel: "7 d", ms: 7 * 24 * 60 * 60_000 },
  { id: "30d", label: "Last 30 days", shortLabel: "30 d", ms: 30 * 24 * 60 * 60_000 },
] as const;

export type TTimeRangePreset = (typeof TIME_RANGE_PRESETS)[number];
export type TTimeRangePresetId = TTimeRangePreset["id"];

/** The service's own default window is 24 hours, so the URL leaves this one out. */
export const DEFAULT_TIME_RANGE: TTimeRangePresetId = "24h";

export type TTimeRange =
  { kind: "preset"; preset: TTimeRangePreset } | { kind: "custom"; from: string | undefined; to: string | undefined };

export function findPreset(id: string | null): TTimeRangePreset | undefined {
  return TIME_RANGE_PRESETS.find((preset) => preset.id === id);
}

/** Custom bounds win over a preset; an unknown or absent preset is the default. */
export function readTimeRange(params: URLSearchParams): TTimeRange {
  const from = params.get("from") || undefined;
  const to = params.get("to") || undefined;
  if (from || to) return { kind: "custom", from, to };
  return { kind: "preset", preset: findPreset(params.get("range")) ?? findPreset(DEFAULT_TIME_RANGE)! };
}

/** A window that ends now can grow while it is watched: the live mode's precondition. */
export function isOpenEnded(range: TTimeRange): boolean {
  return range.kind === "preset" || range.to === undefined;
}

/** For sentences: "the last 24 hours", "the chosen time range". */
export function timeRangeLabel(range: TTimeRange): string {
  if (range.kind === "preset") return `the ${range.preset.label.toLowerCase()}`;
  return "the chosen time range";
}

/** ISO instant → the `datetime-local` input's value in the reader's zone ("2026-01-31T12:05"). */
export function toLocalInputValue(iso: string | undefined): string {
  if (!iso) return "";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "";
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A `datetime-local` value (local time) → an ISO instant; blank or unreadable is absent. */
export function fromLocalInputValue(value: string): string | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}
