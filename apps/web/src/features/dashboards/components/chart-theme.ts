// Chart colours and axis styles. Series colours are fixed mid-tones that read on light and dark
// backgrounds alike (the first is the brand's indigo); grid lines and axis text follow the theme's
// zinc scale, which the dark theme inverts (theme-colors.css).
export const SERIES_COLORS = ["#4f46e5", "#0ea5e9", "#10b981", "#f59e0b", "#f43f5e", "#8b5cf6"] as const;
export const OTHER_COLOR = "#a1a1aa";
export const ERROR_COLOR = "#e11d48";
export const GRID_COLOR = "var(--color-zinc-200)";
export const AXIS_TICK = { fontSize: 11, fill: "var(--color-zinc-500)" } as const;

export function seriesColor(index: number, name: string): string {
  return name === "Other" ? OTHER_COLOR : SERIES_COLORS[index % SERIES_COLORS.length]!;
}
