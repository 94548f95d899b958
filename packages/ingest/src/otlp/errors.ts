import { BadRequestError, PayloadTooLargeError, UnsupportedMediaTypeError } from "@spanlight/core";

/**
 * Typed failures of the OTLP decoding layer. They extend the app's HTTP errors, so the route wrapper
 * maps them like any other service error, and carry the gRPC code the gRPC server answers with
 * (3 INVALID_ARGUMENT, 8 RESOURCE_EXHAUSTED, 12 UNIMPLEMENTED).
 */

/** The body cannot be decoded as an OTLP trace request (400: exporters do not retry it). */
export class OtlpDecodeError extends BadRequestError {
  readonly grpcCode = 3;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message);
    if (options !== undefined) this.cause = options.cause;
  }
}

/** The body, after decompression, is larger than the configured limit (413). */
export class OtlpBodyTooLargeError extends PayloadTooLargeError {
  // RESOURCE_EXHAUSTED without RetryInfo is permanent for OTLP/gRPC exporters, which is what we want.
  readonly grpcCode = 8;
  readonly maxBytes: number;

  constructor(maxBytes: number) {
    super(`request body exceeds ${maxBytes} bytes after decompression`);
    this.maxBytes = maxBytes;
  }
}

/** A Content-Encoding (or grpc-encoding) that the receiver does not implement (415). */
export class OtlpUnsupportedEncodingError extends UnsupportedMediaTypeError {
  readonly grpcCode = 12;
  readonly encoding: string;

  constructor(encoding: string) {
    super(`unsupported content encoding "${encoding}": use identity, gzip or deflate`);
    this.encoding = encoding;
  }
}
