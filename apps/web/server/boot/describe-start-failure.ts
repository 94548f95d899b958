import { EmbeddedPostgresError } from "@spanlight/db/embedded";
import type { TServerConfig } from "@spanlight/core/server";

/**
 * Any failure before Spanlight serves becomes one line naming the cause and what to change: a
 * stack trace tells someone trying Spanlight for the first time nothing they can act on.
 */
export function describeStartFailure(error: unknown, config: TServerConfig | null): string {
  if (error instanceof EmbeddedPostgresError) return error.message;
  const code = errorCode(error);
  const message = firstLine(error);
  switch (code) {
    case "EADDRINUSE":
    case "EACCES": {
      const port = errorPort(error) ?? portIn(message);
      const variable =
        port !== undefined && config ? portVariable(config, port) : "PORT, OTLP_HTTP_PORT or OTLP_GRPC_PORT";
      const cause =
        code === "EADDRINUSE" ? `port ${port ?? "?"} is already in use` : `port ${port ?? "?"} needs privileges`;
      return `${cause}: stop what listens there or set ${variable} to a free port (0 turns an OTLP listener off).`;
    }
    case "ECONNREFUSED":
    case "ENOTFOUND":
    case "ETIMEDOUT":
      return `cannot reach the database (${message}): check DATABASE_URL, or unset it to use the embedded PostgreSQL.`;
    case "28P01":
    case "3D000":
      return `the database refused the connection (${message}): check the user, password and database name in DATABASE_URL.`;
    default:
      if (/No address added out of total|bind/i.test(message)) {
        return `the OTLP/gRPC listener could not start (${message}): set OTLP_GRPC_PORT to a free port, or 0 to turn it off.`;
      }
      return message;
  }
}

function portVariable(config: TServerConfig, port: number): string {
  if (port === config.otlpHttpPort) return "OTLP_HTTP_PORT";
  if (port === config.otlpGrpcPort) return "OTLP_GRPC_PORT";
  return "PORT";
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("code" in error)) return undefined;
  return typeof error.code === "string" ? error.code : undefined;
}

function errorPort(error: unknown): number | undefined {
  if (typeof error !== "object" || error === null || !("port" in error)) return undefined;
  return typeof error.port === "number" ? error.port : undefined;
}

function portIn(message: string): number | undefined {
  const match = /:(\d{1,5})\b/.exec(message);
  return match ? Number(match[1]) : undefined;
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "unknown error";
}
