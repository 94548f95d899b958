/**
 * A mergeable quantile sketch for dashboard latencies, after DDSketch (Masson, Rim and Lee, "DDSketch:
 * a fast and fully-mergeable quantile sketch with relative-error guarantees", VLDB 2019).
 *
 * Guarantee: for any q, `quantile(q)` is within `relativeAccuracy` (default 1%) of the exact value at
 * rank ⌊q·(n−1)⌋, as long as no bins were collapsed. Value x > 0 falls in bin ⌈log_γ x⌉ with
 * γ = (1+α)/(1−α); a bin answers 2γ^i/(γ+1), at most α away from anything in it. Two sketches with the
 * same accuracy merge by adding bin counts, so per-minute sketches roll up into any window exactly as
 * if built from the raw values. At 1% a range from 1 µs to 1 day needs about 1,300 bins.
 *
 * Written here rather than taken from `@datadog/sketches-js` (the same algorithm): its exchange form
 * is protobuf bytes, while dashboard roll-ups stored in PostgreSQL want a JSON form that can be read
 * and checked in SQL, and the algorithm itself is a few dozen lines pinned by the tests beside it.
 */
export type TLatencySketchJson = {
  relativeAccuracy: number;
  count: number;
  sum: number;
  min: number | null;
  max: number | null;
  zeroCount: number;
  /** Bin index → count, for values above the zero threshold and for the magnitudes of values below minus it. */
  positive: Record<string, number>;
  negative: Record<string, number>;
};

export const DEFAULT_RELATIVE_ACCURACY = 0.01;
/** Beyond this many bins per side the lowest bins are folded together (bounded memory, accuracy lost only there). */
export const DEFAULT_MAX_BINS = 2048;
/** Magnitudes at or below this count as zero: far under any latency a clock can resolve. */
const ZERO_THRESHOLD = 1e-9;

export class LatencySketch {
  readonly relativeAccuracy: number;
  private readonly maxBins: number;
  private readonly gamma: number;
  private readonly logGamma: number;
  private readonly positive = new Map<number, number>();
  private readonly negative = new Map<number, number>();
  private zeroCount = 0;
  private total = 0;
  private sumOfValues = 0;
  private minimum = Infinity;
  private maximum = -Infinity;

  constructor(options: { relativeAccuracy?: number; maxBins?: number } = {}) {
    const accuracy = options.relativeAccuracy ?? DEFAULT_RELATIVE_ACCURACY;
    if (!(accuracy > 0 && accuracy < 1)) throw new RangeError("relativeAccuracy must be between 0 and 1");
    this.relativeAccuracy = accuracy;
    this.maxBins = options.maxBins ?? DEFAULT_MAX_BINS;
    this.gamma = (1 + accuracy) / (1 - accuracy);
    this.logGamma = Math.log(this.gamma);
  }

  get count(): number {
    return this.total;
  }

  get sum(): number {
    return this.sumOfValues;
  }

  get min(): number | null {
    return this.total === 0 ? null : this.minimum;
  }

  get max(): number | null {
    return this.total === 0 ? null : this.maximum;
  }

  get mean(): number | null {
    return this.total === 0 ? null : this.sumOfValues / this.total;
  }

  add(value: number, count = 1): this {
    if (!Number.isFinite(value)) throw new RangeError(`Cannot add ${value} to a sketch`);
    if (!(count > 0)) return this;
    const magnitude = Math.abs(value);
    if (magnitude <= ZERO_THRESHOLD) this.zeroCount += count;
    else addTo(value > 0 ? this.positive : this.negative, this.binOf(magnitude), count);
    this.total += count;
    this.sumOfValues += value * count;
    this.minimum = Math.min(this.minimum, value);
    this.maximum = Math.max(this.maximum, value);
    this.collapse();
    return this;
  }

  /** Adds another sketch's values into this one; both must have the same relative accuracy. */
  merge(other: LatencySketch): this {
    if (other.relativeAccuracy !== this.relativeAccuracy) {
      throw new RangeError(`Cannot merge a ${other.relativeAccuracy} sketch into a ${this.relativeAccuracy} one`);
    }
    for (const [bin, count] of other.positive) addTo(this.positive, bin, count);
    for (const [bin, count] of other.negative) addTo(this.negative, bin, count);
    this.zeroCount += other.zeroCount;
    this.total += other.total;
    this.sumOfValues += other.sumOfValues;
    this.minimum = Math.min(this.minimum, other.minimum);
    this.maximum = Math.max(this.maximum, other.maximum);
    this.collapse();
    return this;
  }

  /** The value at quantile q ∈ [0, 1] (lower rank ⌊q·(n−1)⌋); null for an empty sketch. */
  quantile(q: number): number | null {
    if (!(q >= 0 && q <= 1)) throw new RangeError("q must be between 0 and 1");
    if (this.total === 0) return null;
    const rank = Math.floor(q * (this.total - 1));
    let seen = 0;
    // Ascending order: large negative magnitudes first, then zero, then positive bins.
    for (const bin of [...this.negative.keys()].sort((a, b) => b - a)) {
      seen += this.negative.get(bin)!;
      if (seen > rank) return this.clamp(-this.valueOf(bin));
    }
    seen += this.zeroCount;
    if (seen > rank) return this.clamp(0);
    for (const bin of [...this.positive.keys()].sort((a, b) => a - b)) {
      seen += this.positive.get(bin)!;
      if (seen > rank) return this.clamp(this.valueOf(bin));
    }
    return this.maximum;
  }

  toJSON(): TLatencySketchJson {
    return {
      relativeAccuracy: this.relativeAccuracy,
      count: this.total,
      sum: this.sumOfValues,
      min: this.min,
      max: this.max,
      zeroCount: this.zeroCount,
      positive: Object.fromEntries(this.positive),
      negative: Object.fromEntries(this.negative),
    };
  }

  static fromJSON(json: TLatencySketchJson, options: { maxBins?: number } = {}): LatencySketch {
    const sketch = new LatencySketch({ relativeAccuracy: json.relativeAccuracy, maxBins: options.maxBins });
    for (const [bin, count] of Object.entries(json.positive)) addTo(sketch.positive, Number(bin), count);
    for (const [bin, count] of Object.entries(json.negative)) addTo(sketch.negative, Number(bin), count);
    sketch.zeroCount = json.zeroCount;
    sketch.total = json.count;
    sketch.sumOfValues = json.sum;
    sketch.minimum = json.min ?? Infinity;
    sketch.maximum = json.max ?? -Infinity;
    sketch.collapse();
    return sketch;
  }

  private binOf(magnitude: number): number {
    return Math.ceil(Math.log(magnitude) / this.logGamma);
  }

  private valueOf(bin: number): number {
    return (2 * this.gamma ** bin) / (this.gamma + 1);
  }

  /** Bin midpoints can stray past the extremes; the true min and max are known exactly. */
  private clamp(value: number): number {
    return Math.min(this.maximum, Math.max(this.minimum, value));
  }

  /** Folds the lowest-magnitude bins together when a side outgrows maxBins. */
  private collapse(): void {
    for (const store of [this.positive, this.negative]) {
      if (store.size <= this.maxBins) continue;
      const bins = [...store.keys()].sort((a, b) => a - b);
      const excess = bins.slice(0, bins.length - this.maxBins + 1);
      const target = excess.at(-1)!;
      let folded = 0;
      for (const bin of excess) {
        folded += store.get(bin)!;
        store.delete(bin);
      }
      store.set(target, folded);
    }
  }
}

function addTo(store: Map<number, number>, bin: number, count: number): void {
  store.set(bin, (store.get(bin) ?? 0) + count);
}
