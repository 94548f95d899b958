import { z } from "zod";

// The OTLP/HTTP trace endpoint's bodies, for the API document. Decoding lives in packages/ingest
// (protobuf and JSON, per the OTLP specification); these describe the wire, they do not parse it.

const OTLP_SPEC = "https://opentelemetry.io/docs/specs/otlp/#otlphttp";

export const ZOtlpTraceRequestJson = z
  .object({ resourceSpans: z.array(z.record(z.string(), z.unknown())) })
  .meta({
    description: `An OTLP/JSON ExportTraceServiceRequest (hex ids, int64 as decimal strings), see ${OTLP_SPEC}`,
  });

export const ZOtlpTraceRequestProtobuf = z
  .string()
  .meta({
    description: "A protobuf-encoded ExportTraceServiceRequest; gzip or deflate with Content-Encoding",
    format: "binary",
  });

/** The success answer; `partialSuccess` lists spans refused one by one (the others were stored). */
export const ZOtlpTraceResponseJson = z.object({
  partialSuccess: z.object({ rejectedSpans: z.string().optional(), errorMessage: z.string().optional() }).optional(),
});

/** A failure answer: a google.rpc.Status. */
export const ZOtlpStatusJson = z.object({ code: z.number().int(), message: z.string() });

export const ZOtlpTraceResponseProtobuf = z
  .string()
  .meta({ description: "A protobuf-encoded ExportTraceServiceResponse", format: "binary" });
