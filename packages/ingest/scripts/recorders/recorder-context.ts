/** What a recorder child process is told: where to export and where the mock model lives. */
export type TRecorderContext = {
  recorder: string;
  httpBaseUrl: string;
  grpcUrl: string;
  openAiBaseUrl: string;
};

/**
 * Base URL of one fixture on the HTTP capture server. The first two path segments name the fixture
 * (`<recorder>-<variant>`), so any exporter that appends its own path (`/v1/traces`,
 * `/api/public/otel/v1/traces`) still lands in the right file.
 */
export function fixtureBaseUrl(context: TRecorderContext, variant: string): string {
  return `${context.httpBaseUrl}/${context.recorder}/${variant}`;
}

export function fixtureTracesUrl(context: TRecorderContext, variant: string): string {
  return `${fixtureBaseUrl(context, variant)}/v1/traces`;
}

/** The mock model server accepts any key; a recognisable fake keeps real keys out of fixtures. */
export const FAKE_OPENAI_KEY = "sk-spanlight-fixture-not-a-key";
