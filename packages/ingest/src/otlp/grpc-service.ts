import { serializeExportResponse, deserializeExportResponse } from "./encode-response.ts";
import type { TExportResult } from "./encode-response.ts";
import { TRACE_SERVICE_EXPORT_PATH } from "./proto-schema.ts";

/**
 * The OTLP TraceService as a @grpc/grpc-js service definition (the shape `server.addService` and
 * `makeGenericClientConstructor` take), without importing grpc-js so this package stays I/O-free.
 *
 * Requests are handed over as raw bytes on purpose: grpc-js answers a throwing deserializer with
 * INTERNAL, whereas a body we cannot decode deserves INVALID_ARGUMENT with our message. The handler
 * calls decodeProtobufTraceRequest itself and maps OtlpDecodeError.grpcCode.
 */
export const TRACE_SERVICE_DEFINITION = {
  Export: {
    path: TRACE_SERVICE_EXPORT_PATH,
    requestStream: false,
    responseStream: false,
    originalName: "export",
    requestSerialize: (request: Uint8Array): Buffer => Buffer.from(request),
    requestDeserialize: (bytes: Buffer): Uint8Array => bytes,
    responseSerialize: (response: TExportResult): Buffer => serializeExportResponse(response),
    responseDeserialize: (bytes: Buffer): Required<TExportResult> => deserializeExportResponse(bytes),
  },
} as const;
