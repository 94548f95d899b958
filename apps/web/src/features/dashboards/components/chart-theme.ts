// Chart colours and axis styles. Fixed hex values, readable on light and dark backgrounds alike (no
// CSS variable a theme may not define); the first is the brand's indigo.
export const SERIES_COLORS = ["#4f46e5", "#0ea5e9", "#10b981", "#f59e0b", "#f43f5e", "#8b5cf6"] as const;
export const OTHER_COLOR = "#a1a1aa";
export const ERROR_COLOR = "#e11d48";
export const GRID_COLOR = "#e4e4e7";
export const AXIS_TICK = { fontSize: 11, fill: "#71717a" } as const;

export function seriesColor(index: number, name: string): string {
  return name === "Other" ? OTHER_COLOR : SERIES_COLORS[index % SERIES_COLORS.length]!;
}
