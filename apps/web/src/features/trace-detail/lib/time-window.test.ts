import { describe, expect, it } from "vitest";
import { fullWindow, panWindow, timeTicks, zoomWindow } from "./time-window";

describe("time window", () => {
  it("zooms around the anchor and stays inside the trace", () => {
    const zoomed = zoomWindow(fullWindow(1000), { factor: 0.5, anchor: 0.5, totalMs: 1000 });
    expect(zoomed).toEqual({ startMs: 250, endMs: 750 });
    expect(zoomWindow(zoomed, { factor: 4, anchor: 0.5, totalMs: 1000 })).toEqual({ startMs: 0, endMs: 1000 });
    expect(panWindow(zoomed, { deltaMs: 10_000, totalMs: 1000 })).toEqual({ startMs: 500, endMs: 1000 });
  });

  it("places ticks on round steps", () => {
    expect(timeTicks({ startMs: 0, endMs: 1000 }, 5)).toEqual([0, 200, 400, 600, 800, 1000]);
    expect(timeTicks({ startMs: 3, endMs: 7 }, 4)).toEqual([3, 4, 5, 6, 7]);
  });
});
