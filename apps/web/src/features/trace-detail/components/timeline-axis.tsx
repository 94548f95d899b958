import { formatOffset } from "../lib/format";
import { timeTicks } from "../lib/time-window";
import type { TTimeWindow } from "../lib/time-window";

// About one label per this many pixels keeps labels like "+1.25s" from touching.
const PX_PER_TICK = 80;

export function axisTicks(visible: TTimeWindow, width: number): number[] {
  return timeTicks(visible, Math.max(2, Math.floor(width / PX_PER_TICK)));
}

function percentOf(tick: number, visible: TTimeWindow): number {
  return ((tick - visible.startMs) / (visible.endMs - visible.startMs)) * 100;
}

/** Offsets from the trace start along the top of the timeline. */
export function TimelineAxis({ visible, ticks }: { visible: TTimeWindow; ticks: number[] }) {
  return (
    <div className="relative h-full min-w-0 overflow-hidden" aria-label="Time axis">
      {ticks.map((tick) => {
        const percent = percentOf(tick, visible);
        return (
          <span
            key={tick}
            className="absolute bottom-1 text-[11px] whitespace-nowrap text-zinc-500 tabular-nums"
            style={
              percent > 92 ? { right: `${100 - percent}%`, paddingRight: 4 } : { left: `${percent}%`, paddingLeft: 4 }
            }
          >
            {formatOffset(tick)}
          </span>
        );
      })}
    </div>
  );
}

/** Faint vertical lines under the bars, one per axis tick. */
export function TimelineGrid({ visible, ticks }: { visible: TTimeWindow; ticks: number[] }) {
  return (
    <div aria-hidden className="pointer-events-none absolute inset-y-0 right-0 left-[var(--tree-width)]">
      {ticks.map((tick) => (
        <span
          key={tick}
          className="absolute inset-y-0 w-px bg-zinc-100"
          style={{ left: `${percentOf(tick, visible)}%` }}
        />
      ))}
    </div>
  );
}
