/** Where and how to send OTLP, as the server is configured; passed from server pages to the browser. */
export type TOtlpSettings = {
  /** OTLP/HTTP through the main port: `${publicUrl}/api/public/otel`. */
  endpoint: string;
  /** The host name of the public URL, for the dedicated OTLP ports. */
  host: string;
  httpPort: number;
  grpcPort: number;
};

/** The `Authorization: Basic …` credentials for a key pair (keys are ASCII, so btoa is safe). */
export function basicAuthCredentials(options: { publicKey: string; secretKey: string }): string {
  return btoa(`${options.publicKey}:${options.secretKey}`);
}

// Header values in OTEL_EXPORTER_OTLP_HEADERS are percent-encoded by the spec, so the space after
// "Basic" is written %20: every SDK decodes it, and strict parsers refuse a literal space.

/** The exporter variables for a key pair, ready to paste into a `.env` file. */
export function otlpEnvForKey(options: { endpoint: string; publicKey: string; secretKey: string }): string {
  return [
    `OTEL_EXPORTER_OTLP_ENDPOINT="${options.endpoint}"`,
    `OTEL_EXPORTER_OTLP_HEADERS="Authorization=Basic%20${basicAuthCredentials(options)}"`,
  ].join("\n");
}

/** The exporter variables with the key pair still to fill in; the shell does the base64. */
export function otlpEnvTemplate(endpoint: string): string {
  return [
    `export SPANLIGHT_PUBLIC_KEY="pk-sl-..."`,
    `export SPANLIGHT_SECRET_KEY="sk-sl-..."`,
    `export OTEL_EXPORTER_OTLP_ENDPOINT="${endpoint}"`,
    `export OTEL_EXPORTER_OTLP_HEADERS="Authorization=Basic%20$(printf '%s:%s' "$SPANLIGHT_PUBLIC_KEY" "$SPANLIGHT_SECRET_KEY" | base64 | tr -d '\\n')"`,
  ].join("\n");
}
