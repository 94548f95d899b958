/** The visible slice of the trace on the timeline, as offsets in ms from the trace start. */
export type TTimeWindow = { startMs: number; endMs: number };

/** Narrowest window the zoom allows: a ten-thousandth of the trace, and never under a microsecond. */
function minimumWidth(totalMs: number): number {
  return Math.max(totalMs / 10_000, 0.001);
}

export function fullWindow(totalMs: number): TTimeWindow {
  return { startMs: 0, endMs: Math.max(totalMs, 0.001) };
}

/** Scales the window by `factor` (< 1 zooms in) keeping the time under `anchor` (0–1) in place. */
export function zoomWindow(
  window: TTimeWindow,
  options: { factor: number; anchor: number; totalMs: number },
): TTimeWindow {
  const { factor, anchor, totalMs } = options;
  const width = window.endMs - window.startMs;
  const nextWidth = Math.min(Math.max(width * factor, minimumWidth(totalMs)), Math.max(totalMs, 0.001));
  const pivot = window.startMs + width * anchor;
  return clampWindow({ startMs: pivot - nextWidth * anchor, endMs: pivot - nextWidth * anchor + nextWidth }, totalMs);
}

export function panWindow(window: TTimeWindow, options: { deltaMs: number; totalMs: number }): TTimeWindow {
  return clampWindow(
    { startMs: window.startMs + options.deltaMs, endMs: window.endMs + options.deltaMs },
    options.totalMs,
  );
}

/** A window around one span with a margin either side, for "zoom to span". */
export function windowAround(options: { startMs: number; durationMs: number; totalMs: number }): TTimeWindow {
  const width = Math.max(options.durationMs * 1.2, minimumWidth(options.totalMs));
  const center = options.startMs + options.durationMs / 2;
  return clampWindow({ startMs: center - width / 2, endMs: center + width / 2 }, options.totalMs);
}

export function isFullWindow(window: TTimeWindow, totalMs: number): boolean {
  return window.startMs <= 0 && window.endMs >= totalMs;
}

function clampWindow(window: TTimeWindow, totalMs: number): TTimeWindow {
  const total = Math.max(totalMs, 0.001);
  const width = Math.min(window.endMs - window.startMs, total);
  const startMs = Math.min(Math.max(window.startMs, 0), total - width);
  return { startMs, endMs: startMs + width };
}

/** Round tick positions (1, 2 or 5 × 10^n ms apart) inside the window, about `target` of them. */
export function timeTicks(window: TTimeWindow, target: number): number[] {
  const width = window.endMs - window.startMs;
  if (width <= 0 || target < 1) return [];
  const rough = width / target;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step =
    [1, 2, 2.5, 5, 10].map((multiple) => multiple * magnitude).find((candidate) => candidate >= rough * 0.9) ?? rough;
  const ticks: number[] = [];
  for (let tick = Math.ceil(window.startMs / step) * step; tick <= window.endMs + step * 1e-9; tick += step)
    ticks.push(tick);
  return ticks;
}
