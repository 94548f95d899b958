import { insertEvalScores, linkRunItems, storeOptimizationSpans } from "@spanlight/db";
import type { SpanWriter } from "@spanlight/db";
import {
  extractEvalScores,
  extractOptimizationSpans,
  extractRunLinks,
  normalizeTraceRequest,
  priceSpan,
} from "@spanlight/ingest";
import type { TCanonicalSpan, TExportResult, TOtlpTraceRequest } from "@spanlight/ingest";
import { getPriceTable } from "./price-table";
import { invalidTimeReason, toSpanRow } from "./to-span-row";

/** How many rejection reasons the partial-success message lists before summarising. */
const MAX_LISTED_REJECTIONS = 5;

/**
 * A decoded OTLP request → canonical spans → costed rows → committed. Individually invalid spans are
 * rejected (OTLP partial success) and the rest are stored, with the evaluation results they carry
 * as EVAL scores, the dataset runs they announce as run items and the spans of optimiser runs; resolves only after the commit.
 */
export async function ingestTraceRequest(options: {
  projectId: string;
  request: TOtlpTraceRequest;
  writer: SpanWriter;
}): Promise<TExportResult> {
  const { spans, rejected } = normalizeTraceRequest(options.request);
  const prices = await getPriceTable(options.projectId);
  const rows = [];
  const accepted: TCanonicalSpan[] = [];
  for (const span of spans) {
    const timeProblem = invalidTimeReason(span);
    if (timeProblem) {
      rejected.push({ spanIndex: span.spanId, reason: timeProblem });
      continue;
    }
    const cost = priceSpan(
      {
        model: span.model,
        provider: span.provider,
        usage: span.usage,
        providedCost: span.providedCost,
        startMs: Number(span.startTimeUnixNano / 1_000_000n),
      },
      prices,
    );
    rows.push(toSpanRow({ projectId: options.projectId, span, cost }));
    accepted.push(span);
  }
  await options.writer.write(rows);
  // After the spans commit, before the answer: a failure here fails the request, and the retry
  // re-sends spans the writer skips and scores whose deterministic ids already exist.
  await insertEvalScores({ projectId: options.projectId, scores: extractEvalScores(accepted) });
  // Only spans tagged with a dataset run or an optimisation run cost a query; a batch without any
  // returns before the database.
  await linkRunItems({ projectId: options.projectId, links: extractRunLinks(accepted) });
  await storeOptimizationSpans({ projectId: options.projectId, spans: extractOptimizationSpans(accepted) });
  if (rejected.length === 0) return { rejectedSpans: 0 };
  const listed = rejected.slice(0, MAX_LISTED_REJECTIONS).map((entry) => `span ${entry.spanIndex}: ${entry.reason}`);
  const more = rejected.length > MAX_LISTED_REJECTIONS ? `; and ${rejected.length - MAX_LISTED_REJECTIONS} more` : "";
  return { rejectedSpans: rejected.length, errorMessage: `${listed.join("; ")}${more}` };
}
