import "server-only";
import { getServerConfig } from "@spanlight/core/server";
import type { TOtlpSettings } from "../otlp";

export function getOtlpSettings(): TOtlpSettings {
  const config = getServerConfig();
  return {
    endpoint: `${config.publicUrl}/api/public/otel`,
    host: new URL(config.publicUrl).hostname,
    httpPort: config.otlpHttpPort,
    grpcPort: config.otlpGrpcPort,
  };
}
