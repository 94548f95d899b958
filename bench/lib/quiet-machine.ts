import { setTimeout as sleep } from "node:timers/promises";
import { machineBusySeconds } from "./proc-stats.ts";

const WINDOW_MS = 5_000;

/**
 * Waits (at most `timeoutMs`) until the machine is nearly idle over a 5 s window: other people's test
 * runs on the same 2 cores otherwise halve the numbers. Returns the busy cores last seen.
 */
export async function waitForQuietMachine(options: {
  maxBusyCores: number;
  timeoutMs: number;
  onWait: (busyCores: number) => void;
}): Promise<number> {
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    const before = machineBusySeconds();
    await sleep(WINDOW_MS);
    const busyCores = (machineBusySeconds() - before) / (WINDOW_MS / 1000);
    if (busyCores <= options.maxBusyCores || Date.now() > deadline) return busyCores;
    options.onWait(busyCores);
  }
}
