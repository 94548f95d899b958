import { ZSpanKind } from "@spanlight/core";
import { toTreeSpan } from "./tree-span";
import type { TTreeSpan, TTreeSpanSource } from "./tree-span";

const KINDS = ZSpanKind.options;

/**
 * The tree's spans as parallel arrays, for the trip from the server page to the browser. One object
 * per span repeats a dozen keys and full ids; columns with parents as positions and names, kinds and
 * models as table indexes come to under a third of the size (measured on generated traces with unique
 * names: 20,000 spans 5.5 MB → 1.7 MB, 100,000 spans 27 MB → 8.5 MB), and the page must parse all of it
 * before the tree can draw.
 */
export type TCompactSpans = {
  /** Epoch ms that `starts` count from. */
  baseStartMs: number;
  spanIds: string[];
  /** Position of the parent in `spanIds`; -1 for a root; -2 when the parent is not in the trace. */
  parents: number[];
  /** Parent ids of the spans marked -2, by position, so the panel can name what is missing. */
  missingParents: Record<number, string>;
  nameTable: string[];
  names: number[];
  kinds: number[];
  /** Ms after `baseStartMs`, to the microsecond. */
  starts: number[];
  durations: number[];
  /** Positions of the spans with an error status. */
  errors: number[];
  modelTable: string[];
  /** Index into `modelTable`, -1 for none. */
  models: number[];
  inputTokens: Array<number | null>;
  outputTokens: Array<number | null>;
  totalTokens: Array<number | null>;
  costs: Array<number | null>;
};

const ROOT = -1;
const MISSING_PARENT = -2;

export function encodeCompactSpans(sources: readonly TTreeSpanSource[]): TCompactSpans {
  const spans = sources.map(toTreeSpan);
  const baseStartMs = spans.reduce((earliest, span) => Math.min(earliest, span.startMs), spans[0]?.startMs ?? 0);
  const positionById = new Map(spans.map((span, position) => [span.spanId, position]));
  const names = new Interner();
  const models = new Interner();
  const compact: TCompactSpans = {
    baseStartMs,
    spanIds: [],
    parents: [],
    missingParents: {},
    nameTable: names.table,
    names: [],
    kinds: [],
    starts: [],
    durations: [],
    errors: [],
    modelTable: models.table,
    models: [],
    inputTokens: [],
    outputTokens: [],
    totalTokens: [],
    costs: [],
  };
  spans.forEach((span, position) => {
    const parent = span.parentSpanId === null ? ROOT : (positionById.get(span.parentSpanId) ?? MISSING_PARENT);
    if (parent === MISSING_PARENT) compact.missingParents[position] = span.parentSpanId!;
    compact.spanIds.push(span.spanId);
    compact.parents.push(parent);
    compact.names.push(names.indexOf(span.name));
    compact.kinds.push(KINDS.indexOf(span.kind));
    compact.starts.push(roundMicros(span.startMs - baseStartMs));
    compact.durations.push(roundMicros(span.durationMs));
    if (span.isError) compact.errors.push(position);
    compact.models.push(span.model === null ? -1 : models.indexOf(span.model));
    compact.inputTokens.push(span.inputTokens);
    compact.outputTokens.push(span.outputTokens);
    compact.totalTokens.push(span.totalTokens);
    compact.costs.push(span.costUsd);
  });
  return compact;
}

export function decodeCompactSpans(compact: TCompactSpans): TTreeSpan[] {
  const errors = new Set(compact.errors);
  return compact.spanIds.map((spanId, position) => {
    const parent = compact.parents[position] ?? ROOT;
    const model = compact.models[position] ?? -1;
    return {
      spanId,
      parentSpanId:
        parent >= 0 ? compact.spanIds[parent]! : parent === ROOT ? null : (compact.missingParents[position] ?? ""),
      name: compact.nameTable[compact.names[position]!] ?? "",
      kind: KINDS[compact.kinds[position]!] ?? "SPAN",
      startMs: compact.baseStartMs + compact.starts[position]!,
      durationMs: Math.max(0, compact.durations[position]!),
      isError: errors.has(position),
      model: model >= 0 ? (compact.modelTable[model] ?? null) : null,
      inputTokens: compact.inputTokens[position] ?? null,
      outputTokens: compact.outputTokens[position] ?? null,
      totalTokens: compact.totalTokens[position] ?? null,
      costUsd: compact.costs[position] ?? null,
    };
  });
}

function roundMicros(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}

/** Distinct strings in first-seen order, and each one's index. */
class Interner {
  readonly table: string[] = [];
  private readonly indexes = new Map<string, number>();

  indexOf(value: string): number {
    let index = this.indexes.get(value);
    if (index === undefined) {
      index = this.table.length;
      this.table.push(value);
      this.indexes.set(value, index);
    }
    return index;
  }
}
