import { randomBytes } from "node:crypto";

/** A seeded generator (mulberry32), so every run sends the same payloads and results compare. */
export type TRandom = {
  next: () => number;
  int: (min: number, max: number) => number;
  pick: <T>(items: readonly T[]) => T;
  chance: (probability: number) => boolean;
};

export function createRandom(seed: number): TRandom {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: (items) => items[int(0, items.length - 1)]!,
    chance: (probability) => next() < probability,
  };
}

/** Hex of `bytes` seeded bytes. */
export function randomHex(random: TRandom, bytes: number): string {
  let hex = "";
  for (let index = 0; index < bytes; index += 1) hex += random.int(0, 255).toString(16).padStart(2, "0");
  return hex;
}

/** A starting point for the per-request nonces that differs between runs. */
export function randomNonceBase(): number {
  return randomBytes(4).readUInt32BE(0) & 0x7fff_ffff;
}
