import { AppError, RetryLaterError } from "@spanlight/core";

export type TOtlpFailure = { httpStatus: number; grpcCode: number; message: string; retryAfterSeconds: number | null };

// gRPC status codes (grpc/doc/statuscodes.md).
export const GRPC = {
  INVALID_ARGUMENT: 3,
  RESOURCE_EXHAUSTED: 8,
  UNIMPLEMENTED: 12,
  INTERNAL: 13,
  UNAVAILABLE: 14,
  UNAUTHENTICATED: 16,
} as const;

const GRPC_BY_HTTP: Record<number, number> = {
  400: GRPC.INVALID_ARGUMENT,
  401: GRPC.UNAUTHENTICATED,
  413: GRPC.RESOURCE_EXHAUSTED,
  415: GRPC.UNIMPLEMENTED,
  429: GRPC.RESOURCE_EXHAUSTED,
  503: GRPC.UNAVAILABLE,
};

/** One mapping for both transports: the HTTP status, the gRPC code and what the exporter is told. */
export function toOtlpFailure(error: unknown): TOtlpFailure {
  if (error instanceof AppError) {
    const retryAfterSeconds = error instanceof RetryLaterError ? error.retryAfterSeconds : null;
    const grpcCode =
      (error as AppError & { grpcCode?: number }).grpcCode ?? GRPC_BY_HTTP[error.status] ?? GRPC.INTERNAL;
    return { httpStatus: error.status, grpcCode, message: error.message, retryAfterSeconds };
  }
  console.error("OTLP ingestion failed", error);
  return { httpStatus: 500, grpcCode: GRPC.INTERNAL, message: "Internal server error", retryAfterSeconds: null };
}
