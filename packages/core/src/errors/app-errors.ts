/**
 * Errors services throw; only the route wrapper turns them into HTTP answers. `expose` says the
 * message is safe to show the caller (anything else becomes a plain 500).
 */
export class AppError extends Error {
  readonly status: number;
  readonly code: string;
  readonly expose = true;

  constructor(options: { status: number; code: string; message: string }) {
    super(options.message);
    this.name = new.target.name;
    this.status = options.status;
    this.code = options.code;
  }
}

export class BadRequestError extends AppError {
  constructor(message: string) {
    super({ status: 400, code: "bad_request", message });
  }
}

export class UnauthorizedError extends AppError {
  constructor(message = "Authentication required") {
    super({ status: 401, code: "unauthorized", message });
  }
}

export class ForbiddenError extends AppError {
  constructor(message = "You do not have permission to do this") {
    super({ status: 403, code: "forbidden", message });
  }
}

export class NotFoundError extends AppError {
  constructor(message = "Not found") {
    super({ status: 404, code: "not_found", message });
  }
}

export class ConflictError extends AppError {
  constructor(message: string) {
    super({ status: 409, code: "conflict", message });
  }
}

/** A link or resource that existed but can no longer be used (an expired or revoked invitation). */
export class GoneError extends AppError {
  constructor(message: string) {
    super({ status: 410, code: "gone", message });
  }
}

export class PayloadTooLargeError extends AppError {
  constructor(message: string) {
    super({ status: 413, code: "payload_too_large", message });
  }
}

export class UnsupportedMediaTypeError extends AppError {
  constructor(message: string) {
    super({ status: 415, code: "unsupported_media_type", message });
  }
}

/** 429/503 answers carry the seconds after which a retry is welcome. */
export class RetryLaterError extends AppError {
  readonly retryAfterSeconds: number;

  constructor(options: { status: 429 | 503; message: string; retryAfterSeconds: number }) {
    super({ status: options.status, code: options.status === 429 ? "overloaded" : "unavailable", message: options.message });
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}
