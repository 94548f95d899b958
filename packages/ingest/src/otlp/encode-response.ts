import { OtlpDecodeError } from "./errors.ts";
import { EXPORT_TRACE_SERVICE_RESPONSE, RPC_STATUS } from "./proto-schema.ts";
import { longBitsToBigInt } from "./wire-values.ts";
import type { TLongBits } from "./wire-values.ts";

export type TOtlpFormat = "protobuf" | "json";

/** What the receiver tells the exporter: how many spans it dropped and why (empty when none). */
export type TExportResult = { rejectedSpans: number; errorMessage?: string };

/** A google.rpc.Status: `code` is a gRPC status code (3 INVALID_ARGUMENT, 8 RESOURCE_EXHAUSTED, …). */
export type TRpcStatus = { code: number; message: string };

function hasPartialSuccess({ rejectedSpans, errorMessage }: TExportResult): boolean {
  // The spec allows a warning with zero rejected spans, so a message alone is worth sending.
  return rejectedSpans > 0 || (errorMessage ?? "") !== "";
}

/** ExportTraceServiceResponse bytes: zero bytes on full success, partial_success otherwise. */
export function serializeExportResponse(result: TExportResult): Buffer {
  if (!hasPartialSuccess(result)) return Buffer.alloc(0);
  const message = EXPORT_TRACE_SERVICE_RESPONSE.create({
    partialSuccess: { rejectedSpans: result.rejectedSpans, errorMessage: result.errorMessage ?? "" },
  });
  return Buffer.from(EXPORT_TRACE_SERVICE_RESPONSE.encode(message).finish());
}

type TPbExportResponse = {
  partialSuccess?: { rejectedSpans?: TLongBits | number; errorMessage?: string } | null;
};

/** The inverse of serializeExportResponse, for gRPC client definitions and tests. */
export function deserializeExportResponse(bytes: Uint8Array): Required<TExportResult> {
  let message: TPbExportResponse;
  try {
    message = EXPORT_TRACE_SERVICE_RESPONSE.decode(bytes) as unknown as TPbExportResponse;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new OtlpDecodeError(`body: not a valid ExportTraceServiceResponse protobuf (${reason})`, { cause: error });
  }
  const rejected = message.partialSuccess?.rejectedSpans ?? 0;
  return {
    rejectedSpans: typeof rejected === "number" ? rejected : Number(longBitsToBigInt(rejected, false)),
    errorMessage: message.partialSuccess?.errorMessage ?? "",
  };
}

/**
 * The OTLP/HTTP success body in the request's format: empty (protobuf) or `{}` (JSON) when nothing
 * was rejected; otherwise partialSuccess, with rejectedSpans as a decimal string as int64 is in JSON.
 */
export function encodeExportResponse(result: TExportResult, format: TOtlpFormat): Uint8Array | string {
  if (format === "protobuf") return serializeExportResponse(result);
  if (!hasPartialSuccess(result)) return "{}";
  return JSON.stringify({
    partialSuccess: { rejectedSpans: String(result.rejectedSpans), errorMessage: result.errorMessage ?? "" },
  });
}

/** A google.rpc.Status error body for a 4xx/5xx OTLP/HTTP answer, in the request's format. */
export function encodeStatus(status: TRpcStatus, format: TOtlpFormat): Uint8Array | string {
  if (format === "json") return JSON.stringify({ code: status.code, message: status.message });
  const message = RPC_STATUS.create({ code: status.code, message: status.message });
  return RPC_STATUS.encode(message).finish();
}
