import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LatencySketch } from "./latency-sketch.ts";

/** Deterministic PRNG (mulberry32) so a failure reproduces. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Log-normal latencies in ms (median ~120 ms, long tail), like LLM calls. */
function latencies(n: number, seed: number): number[] {
  const next = random(seed);
  return Array.from({ length: n }, () => {
    const gaussian = Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
    return Math.exp(Math.log(120) + 1.2 * gaussian);
  });
}

function exactQuantile(sorted: readonly number[], q: number): number {
  return sorted[Math.floor(q * (sorted.length - 1))]!;
}

const QUANTILES = [0, 0.001, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99, 0.999, 1];

describe("LatencySketch", () => {
  it("answers every quantile within 1% of the exact percentile (100,000 log-normal latencies)", () => {
    const values = latencies(100_000, 7);
    const sketch = new LatencySketch();
    for (const value of values) sketch.add(value);
    const sorted = [...values].sort((a, b) => a - b);
    for (const q of QUANTILES) {
      const exact = exactQuantile(sorted, q);
      expect(Math.abs(sketch.quantile(q)! - exact) / exact, `q=${q}`).toBeLessThanOrEqual(0.01);
    }
    expect(sketch.min).toBe(sorted[0]);
    expect(sketch.max).toBe(sorted.at(-1));
    expect(sketch.count).toBe(100_000);
  });

  it("holds the guarantee for any positive values (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 1e-3, max: 1e7, noNaN: true }), { minLength: 1, maxLength: 300 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (values, q) => {
          const sketch = new LatencySketch();
          for (const value of values) sketch.add(value);
          const exact = exactQuantile(
            [...values].sort((a, b) => a - b),
            q,
          );
          return Math.abs(sketch.quantile(q)! - exact) <= 0.01 * exact * (1 + 1e-12);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("merges exactly: three partial sketches answer like one built from all values", () => {
    const values = latencies(30_000, 11);
    const whole = new LatencySketch();
    const parts = [new LatencySketch(), new LatencySketch(), new LatencySketch()];
    values.forEach((value, index) => {
      whole.add(value);
      parts[index % 3]!.add(value);
    });
    const merged = parts.reduce((sum, part) => sum.merge(part), new LatencySketch());
    for (const q of QUANTILES) expect(merged.quantile(q)).toBe(whole.quantile(q));
    expect(merged.count).toBe(whole.count);
    expect(merged.sum).toBeCloseTo(whole.sum, 6);
  });

  it("survives a JSON round trip (how dashboards store it)", () => {
    const sketch = new LatencySketch();
    for (const value of latencies(5000, 3)) sketch.add(value);
    sketch.add(0, 10).add(-2.5);
    const restored = LatencySketch.fromJSON(JSON.parse(JSON.stringify(sketch)));
    for (const q of QUANTILES) expect(restored.quantile(q)).toBe(sketch.quantile(q));
    expect(restored.toJSON()).toEqual(sketch.toJSON());
  });

  it("orders negative values, zeros and positive values", () => {
    const sketch = new LatencySketch();
    for (const value of [-100, -1, 0, 0, 1, 100]) sketch.add(value);
    expect(sketch.quantile(0)).toBe(-100);
    expect(Math.abs(sketch.quantile(0.2)! + 1)).toBeLessThanOrEqual(0.01);
    expect(sketch.quantile(0.5)).toBe(0);
    expect(sketch.quantile(1)).toBe(100);
  });

  it("is empty-safe and refuses what it cannot hold", () => {
    const sketch = new LatencySketch();
    expect(sketch.quantile(0.5)).toBeNull();
    expect([sketch.min, sketch.max, sketch.mean]).toEqual([null, null, null]);
    expect(() => sketch.add(Number.NaN)).toThrow(RangeError);
    expect(() => sketch.quantile(1.5)).toThrow(RangeError);
    expect(() => sketch.merge(new LatencySketch({ relativeAccuracy: 0.02 }))).toThrow(RangeError);
  });

  it("bounds its bins: collapsing costs accuracy only at the low end", () => {
    const sketch = new LatencySketch({ maxBins: 100 });
    const values = Array.from({ length: 2000 }, (_, index) => 1.05 ** index);
    for (const value of values) sketch.add(value);
    expect(Object.keys(sketch.toJSON().positive).length).toBeLessThanOrEqual(100);
    const exact = exactQuantile(values, 0.99);
    expect(Math.abs(sketch.quantile(0.99)! - exact) / exact).toBeLessThanOrEqual(0.01);
  });
});
