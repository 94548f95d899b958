import { DEFAULT_MODEL_PRICES, normalizeTraceRequest, priceSpan } from "@spanlight/ingest";
import type { TCanonicalSpan, TOtlpTraceRequest } from "@spanlight/ingest";
import type { TSpanRow } from "@spanlight/db";
import { toSpanRow } from "../../apps/web/src/features/ingestion/server/to-span-row.ts";

/** The built-in price table as the server's price-table.ts builds it (a project without prices of its own). */
const BUILTIN_PRICES = DEFAULT_MODEL_PRICES.map((row) => ({ ...row, id: `builtin:${row.id}` }));

/** Costed rows as ingest-trace-request.ts makes them (the bench's spans have valid times). */
export function rowsOfSpans(spans: TCanonicalSpan[], projectId: string): TSpanRow[] {
  return spans.map((span) => {
    const cost = priceSpan(
      { model: span.model, provider: span.provider, usage: span.usage, providedCost: span.providedCost },
      BUILTIN_PRICES,
    );
    return toSpanRow({ projectId, span, cost });
  });
}

/** The rows the server stores for a request, through the server's own normalise → price → row code. */
export function spanRowsOf(request: TOtlpTraceRequest, projectId: string): TSpanRow[] {
  return rowsOfSpans(normalizeTraceRequest(request).spans, projectId);
}
