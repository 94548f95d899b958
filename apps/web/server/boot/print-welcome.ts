import type { TServerConfig } from "@spanlight/core/server";
import type { TFirstStartCredentials } from "./initialise.ts";

/** What a person needs after `npm start`: where the UI is, where to send traces, and (once) the login. */
export function printWelcome(options: { config: TServerConfig; firstStart: TFirstStartCredentials | null }): void {
  const { config, firstStart } = options;
  const lines = [
    "",
    "  Spanlight is running",
    `  UI:            ${config.publicUrl}`,
    `  OTLP/HTTP:     ${config.publicUrl}/api/public/otel  (or http://localhost:${config.otlpHttpPort})`,
    `  OTLP/gRPC:     localhost:${config.otlpGrpcPort}`,
  ];
  if (firstStart) {
    const basic = Buffer.from(`${firstStart.publicKey}:${firstStart.secretKey}`).toString("base64");
    lines.push(
      "",
      "  First start: an owner account and a project were created. This is shown only once.",
      `  Sign in:       ${firstStart.email} / ${firstStart.password}`,
      `  Project:       ${firstStart.projectName}`,
      `  Public key:    ${firstStart.publicKey}`,
      `  Secret key:    ${firstStart.secretKey}`,
      "",
      "  Send traces from any OpenTelemetry SDK:",
      `    OTEL_EXPORTER_OTLP_ENDPOINT=${config.publicUrl}/api/public/otel`,
      `    OTEL_EXPORTER_OTLP_HEADERS="Authorization=Basic%20${basic}"`,
    );
  }
  console.log(`${lines.join("\n")}\n`);
}
