import type { TServerConfig } from "@spanlight/core/server";
import type { TFirstStartCredentials } from "./initialise.ts";

export type { TFirstStartNotice };

type TFirstStartNotice =
  | { kind: "none" }
  /** Someone watches the terminal: the login is shown there, once. */
  | { kind: "terminal"; credentials: TFirstStartCredentials }
  /** No terminal (a service, a container): the login is in a file readable only by its owner. */
  | { kind: "file"; path: string };

/** What a person needs after `npm start`: where the UI is, where to send traces, and (once) the login. */
export function printWelcome(options: { config: TServerConfig; firstStart: TFirstStartNotice }): void {
  const { config } = options;
  const lines = [
    "",
    "  Spanlight is running",
    `  UI:            ${config.publicUrl}`,
    `  OTLP/HTTP:     ${config.publicUrl}/api/public/otel  (or http://localhost:${config.otlpHttpPort})`,
    `  OTLP/gRPC:     localhost:${config.otlpGrpcPort}`,
  ];
  if (options.firstStart.kind === "file") {
    lines.push(
      "",
      "  First start: an owner account, a project and a key pair were created.",
      `  Their login and keys are in ${options.firstStart.path} (readable only by this user).`,
      "  You are asked to change the password at first sign-in.",
    );
  }
  if (options.firstStart.kind === "terminal") {
    const firstStart = options.firstStart.credentials;
    const basic = Buffer.from(`${firstStart.publicKey}:${firstStart.secretKey}`).toString("base64");
    lines.push(
      "",
      "  First start: an owner account and a project were created. This is shown only once,",
      "  and you are asked to change the password at first sign-in.",
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
