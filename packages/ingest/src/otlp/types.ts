/**
 * The OTLP trace request after decoding, the same whether it came as protobuf or JSON.
 * Decoders never throw on a single malformed span: ids that are not valid stay as the string they
 * came as (validation rejects that span alone), so one bad span cannot cost the batch.
 */

/** An attribute value: OTLP AnyValue as a plain JS value. int64 is a number when safe, else a decimal string; bytes are base64. */
export type TAttributeValue =
  | string
  | number
  | boolean
  | null
  | TAttributeValue[]
  | { [key: string]: TAttributeValue };

export type TAttributes = Record<string, TAttributeValue>;

export type TOtlpEvent = {
  timeUnixNano: bigint;
  name: string;
  attributes: TAttributes;
};

export type TOtlpLink = {
  traceId: string;
  spanId: string;
  traceState: string;
  attributes: TAttributes;
};

export type TOtlpStatusCode = 0 | 1 | 2;

export type TOtlpSpan = {
  /** Lower-case hex when valid (32 chars); otherwise whatever arrived, for validation to reject. */
  traceId: string;
  /** Lower-case hex when valid (16 chars). */
  spanId: string;
  /** Null for a root span (empty or absent on the wire). */
  parentSpanId: string | null;
  traceState: string;
  flags: number;
  name: string;
  /** OTLP SpanKind: 0 unspecified, 1 internal, 2 server, 3 client, 4 producer, 5 consumer. */
  kind: number;
  startTimeUnixNano: bigint;
  endTimeUnixNano: bigint;
  attributes: TAttributes;
  droppedAttributesCount: number;
  events: TOtlpEvent[];
  droppedEventsCount: number;
  links: TOtlpLink[];
  droppedLinksCount: number;
  status: { code: TOtlpStatusCode; message: string };
};

export type TOtlpScope = {
  name: string;
  version: string;
  attributes: TAttributes;
};

export type TOtlpScopeSpans = {
  scope: TOtlpScope;
  spans: TOtlpSpan[];
  schemaUrl: string;
};

export type TOtlpResourceSpans = {
  resource: { attributes: TAttributes };
  scopeSpans: TOtlpScopeSpans[];
  schemaUrl: string;
};

export type TOtlpTraceRequest = {
  resourceSpans: TOtlpResourceSpans[];
};
