import type { TOtlpEvent, TOtlpLink, TOtlpStatusCode } from "../otlp/types.ts";
import type { TSpanEvent, TSpanException, TSpanLink, TStatusCode } from "../types.ts";
import { asString } from "./attribute-values.ts";

// GenAI v1.41 adds its own exception event next to the classic one; both carry `exception.*`.
const EXCEPTION_EVENTS = new Set(["exception", "gen_ai.client.operation.exception"]);

export function readExceptions(events: TOtlpEvent[]): TSpanException[] {
  return events
    .filter((event) => EXCEPTION_EVENTS.has(event.name))
    .map((event) => ({
      type: asString(event.attributes["exception.type"]),
      message: asString(event.attributes["exception.message"]),
      stacktrace: asString(event.attributes["exception.stacktrace"]),
      timeUnixNano: event.timeUnixNano,
    }));
}

export function toSpanEvents(events: TOtlpEvent[]): TSpanEvent[] {
  return events.map((event) => ({ name: event.name, timeUnixNano: event.timeUnixNano, attributes: event.attributes }));
}

export function toSpanLinks(links: TOtlpLink[]): TSpanLink[] {
  return links.map((link) => ({ traceId: link.traceId, spanId: link.spanId, attributes: link.attributes }));
}

export function toStatusCode(code: TOtlpStatusCode): TStatusCode {
  switch (code) {
    case 0:
      return "UNSET";
    case 1:
      return "OK";
    case 2:
      return "ERROR";
    default: {
      // The type is exhaustive, but a sender can put any integer on the wire: treat it as unset.
      const unexpected: never = code;
      void unexpected;
      return "UNSET";
    }
  }
}
