import type { TAttributes, TOtlpEvent } from "../otlp/types.ts";
import type { TChatMessage, TProvidedCost, TSpanKind, TSpanLevel } from "../types.ts";
import type { PRECEDENCE } from "./precedence.ts";

/** What a convention module sees of one span. */
export type TSpanInput = {
  name: string;
  attributes: TAttributes;
  resourceAttributes: TAttributes;
  events: TOtlpEvent[];
  startTimeUnixNano: bigint;
  /** First segment of every span attribute key (`gen_ai`, `llm`, `ai`…), so modules can skip absent conventions. */
  namespaces: ReadonlySet<string>;
};

/** The value type of each resolvable field. Usage counts are already inclusive (cache ⊂ input, reasoning ⊂ output). */
export type TFieldValues = {
  kind: TSpanKind;
  model: string;
  provider: string;
  input: unknown;
  output: unknown;
  usageInput: number;
  usageOutput: number;
  usageTotal: number;
  usageCacheRead: number;
  usageCacheWrite: number;
  usageReasoning: number;
  providedCost: TProvidedCost;
  modelParameters: TAttributes;
  traceName: string;
  userId: string;
  sessionId: string;
  tags: string[];
  environment: string;
  release: string;
  promptName: string;
  promptVersion: string;
  statusMessage: string;
  errorType: string;
  level: TSpanLevel;
  completionStartTimeUnixNano: bigint;
  traceInput: unknown;
  traceOutput: unknown;
};

/** Chat messages ride with the raw input/output under the same source keys. */
export type TMessageFields = {
  inputMessages: TChatMessage[];
  outputMessages: TChatMessage[];
};

export type TField = keyof TFieldValues;
export type TMessageField = keyof TMessageFields;
export type TCandidateValues = TFieldValues & TMessageFields;
type TPrecedenceField<F extends TField | TMessageField> = F extends "inputMessages"
  ? "input"
  : F extends "outputMessages"
    ? "output"
    : F;

/** The keys a value for `F` may be offered under: exactly those listed in PRECEDENCE. */
export type TSourceKey<F extends TField | TMessageField> = (typeof PRECEDENCE)[TPrecedenceField<F>][number];

export type TCandidates = {
  [F in TField | TMessageField]?: Partial<Record<TSourceKey<F>, TCandidateValues[F]>>;
};

/** What a module offers: like TCandidates, but a value may be null or undefined (nothing found). */
export type TCandidateOffer = {
  [F in TField | TMessageField]?: Partial<Record<TSourceKey<F>, TCandidateValues[F] | null | undefined>>;
};

/** What one convention module extracted from a span: candidate values by source key, plus metadata to merge. */
export type TConventionRecord = {
  candidates: TCandidates;
  metadata: TAttributes | null;
};

export type TConventionExtractor = (span: TSpanInput) => TConventionRecord;
