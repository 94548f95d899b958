import { expect } from "vitest";
import type { TAttributes, TOtlpEvent, TOtlpScope, TOtlpSpan, TOtlpTraceRequest } from "../../otlp/types.ts";
import { normalizeTraceRequest } from "../../normalize/normalize-trace-request.ts";
import type { TCanonicalSpan } from "../../types.ts";

export const TRACE_ID = "5b8efff798038103d269b633813fc60c";
export const START = 1_700_000_000_000_000_000n;

/** A valid 16-hex span id from a small number, so trees read as ids 1, 2, 3… */
export function spanId(n: number): string {
  return n.toString(16).padStart(16, "0");
}

export type TSpanFixture = Partial<Omit<TOtlpSpan, "name" | "attributes">> & {
  name: string;
  attributes: TAttributes;
};

export function buildSpan(fixture: TSpanFixture): TOtlpSpan {
  return {
    traceId: TRACE_ID,
    spanId: spanId(1),
    parentSpanId: null,
    traceState: "",
    flags: 1,
    kind: 1,
    startTimeUnixNano: START,
    endTimeUnixNano: START + 1_500_000_000n,
    droppedAttributesCount: 0,
    events: [],
    droppedEventsCount: 0,
    links: [],
    droppedLinksCount: 0,
    status: { code: 0, message: "" },
    ...fixture,
  };
}

export function event(name: string, attributes: TAttributes, offsetNano = 1_000n): TOtlpEvent {
  return { name, attributes, timeUnixNano: START + offsetNano };
}

type TRequestOptions = { resource?: TAttributes; scope?: Partial<TOtlpScope> };

export function buildRequest(spans: TOtlpSpan[], options: TRequestOptions = {}): TOtlpTraceRequest {
  return {
    resourceSpans: [
      {
        resource: { attributes: options.resource ?? { "service.name": "fixture-app" } },
        scopeSpans: [
          {
            scope: { name: "fixture", version: "1.0.0", attributes: {}, ...options.scope },
            spans,
            schemaUrl: "",
          },
        ],
        schemaUrl: "",
      },
    ],
  };
}

/** Normalises a request that must be fully accepted. */
export function normalizeAll(fixtures: TSpanFixture[], options: TRequestOptions = {}): TCanonicalSpan[] {
  const result = normalizeTraceRequest(buildRequest(fixtures.map(buildSpan), options));
  expect(result.rejected).toEqual([]);
  return result.spans;
}

export function normalizeOne(fixture: TSpanFixture, options: TRequestOptions = {}): TCanonicalSpan {
  const [span] = normalizeAll([fixture], options);
  if (span === undefined) throw new Error("fixture produced no span");
  return span;
}
