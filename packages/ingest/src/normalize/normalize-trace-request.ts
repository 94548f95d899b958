import type { TOtlpTraceRequest } from "../otlp/types.ts";
import { validateSpanIds } from "../otlp/validate-span-ids.ts";
import type { TCanonicalSpan } from "../types.ts";
import { normalizeSpan } from "./normalize-span.ts";

export type TRejectedSpan = {
  /** Where the span sat in the request: `{resourceSpans}.{scopeSpans}.{spans}` indices, e.g. "0.1.3". */
  spanIndex: string;
  reason: string;
};

export type TNormalizedTraceRequest = {
  spans: TCanonicalSpan[];
  rejected: TRejectedSpan[];
};

/**
 * Every span of a decoded request → canonical spans. A span with invalid ids is rejected alone (OTLP
 * partial success) and the rest are kept; resource and scope attributes are carried onto each span.
 */
export function normalizeTraceRequest(request: TOtlpTraceRequest): TNormalizedTraceRequest {
  const spans: TCanonicalSpan[] = [];
  const rejected: TRejectedSpan[] = [];
  request.resourceSpans.forEach((resourceSpans, resourceIndex) => {
    const resourceAttributes = resourceSpans.resource.attributes;
    resourceSpans.scopeSpans.forEach((scopeSpans, scopeIndex) => {
      scopeSpans.spans.forEach((span, index) => {
        const spanIndex = `${resourceIndex}.${scopeIndex}.${index}`;
        const invalid = validateSpanIds(span);
        if (invalid !== null) {
          rejected.push({ spanIndex, reason: invalid });
          return;
        }
        try {
          spans.push(normalizeSpan(span, { resourceAttributes, scope: scopeSpans.scope }));
        } catch (error) {
          // A convention bug must cost one span, not the batch: the sender learns which span and why.
          rejected.push({ spanIndex, reason: `span could not be normalised: ${String(error)}` });
        }
      });
    });
  });
  return { spans, rejected };
}
