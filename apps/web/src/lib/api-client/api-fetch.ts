import type { z } from "zod";
import type { TProblem } from "@/lib/http/problem";

/** A failed call to Spanlight's own API, carrying the status and the server's message. */
export class ApiError extends Error {
  readonly status: number;

  constructor(options: { status: number; message: string }) {
    super(options.message);
    this.name = "ApiError";
    this.status = options.status;
  }
}

type TApiResult<S> = S extends z.ZodType ? z.infer<S> : undefined;

type TApiFetchOptions<S extends z.ZodType | undefined> = {
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  body?: unknown;
  /** Parses the answer; without it the answer is ignored (204s, fire-and-forget). */
  schema?: S;
};

/** Calls the internal JSON API from the browser; a non-2xx answer throws an ApiError with its message. */
export async function apiFetch<S extends z.ZodType | undefined = undefined>(
  path: string,
  options: TApiFetchOptions<S> = {},
): Promise<TApiResult<S>> {
  const response = await fetch(path, {
    method: options.method ?? "GET",
    headers: options.body === undefined ? undefined : { "content-type": "application/json" },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    credentials: "same-origin",
  });
  if (!response.ok) throw new ApiError({ status: response.status, message: await readProblemMessage(response) });
  if (!options.schema) return undefined as TApiResult<S>;
  return options.schema.parse(await response.json()) as TApiResult<S>;
}

/** The message of an error answer in the `{error: {message}}` shape, or a generic one. */
export async function readProblemMessage(response: Response): Promise<string> {
  try {
    const problem = (await response.json()) as Partial<TProblem>;
    if (problem.error?.message) return problem.error.message;
  } catch {
    // Not JSON (a proxy's error page): fall through to the generic message.
  }
  return `The request failed (${response.status})`;
}

/** A message fit for a person, whatever was thrown. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return "Something went wrong. Check your connection and try again.";
}
