/**
 * Typed failures of the OTLP decoding layer. Each carries the HTTP status and gRPC code the
 * transport should answer with, so the route wrapper and the gRPC server map them without guessing.
 * gRPC codes: 3 INVALID_ARGUMENT, 8 RESOURCE_EXHAUSTED, 12 UNIMPLEMENTED.
 */

/** The body cannot be decoded as an OTLP trace request (400, not retried by exporters). */
export class OtlpDecodeError extends Error {
  readonly httpStatus = 400;
  readonly grpcCode = 3;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "OtlpDecodeError";
  }
}

/** The body, after decompression, is larger than the configured limit (413). */
export class OtlpBodyTooLargeError extends Error {
  readonly httpStatus = 413;
  // RESOURCE_EXHAUSTED without RetryInfo is permanent for OTLP/gRPC exporters, which is what we want.
  readonly grpcCode = 8;
  readonly maxBytes: number;

  constructor(maxBytes: number) {
    super(`request body exceeds ${maxBytes} bytes after decompression`);
    this.name = "OtlpBodyTooLargeError";
    this.maxBytes = maxBytes;
  }
}

/** A Content-Encoding (or grpc-encoding) that the receiver does not implement (415). */
export class OtlpUnsupportedEncodingError extends Error {
  readonly httpStatus = 415;
  readonly grpcCode = 12;
  readonly encoding: string;

  constructor(encoding: string) {
    super(`unsupported content encoding "${encoding}": use identity, gzip or deflate`);
    this.name = "OtlpUnsupportedEncodingError";
    this.encoding = encoding;
  }
}
