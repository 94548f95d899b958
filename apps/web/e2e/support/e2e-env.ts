// The server the end-to-end suite starts: its own ports and data folder, and the init variables, so
// tests know one user, project and key pair without clicking through set-up.
const testDatabaseUrl = process.env.TEST_DATABASE_URL;
if (testDatabaseUrl && !/@(localhost|127\.0\.0\.1|\[::1\])[:/]/.test(testDatabaseUrl)) {
  throw new Error("TEST_DATABASE_URL must point at localhost: the suite writes and deletes data.");
}

// E2E_PORT moves the whole suite (UI and both OTLP ports) so two checkouts can run it side by side.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3210);
export const E2E_BASE_URL = `http://localhost:${E2E_PORT}`;

export const E2E_OWNER = {
  email: "e2e-owner@spanlight.test",
  password: "e2e-owner-password",
  projectName: "E2E project",
  publicKey: "pk-sl-e2e-public",
  secretKey: "sk-sl-e2e-secret-0123456789abcdef",
} as const;

export const E2E_ENV: Record<string, string> = {
  PORT: String(E2E_PORT),
  OTLP_HTTP_PORT: String(E2E_PORT + 1118),
  OTLP_GRPC_PORT: String(E2E_PORT + 1117),
  SPANLIGHT_DATA_DIR: ".spanlight-e2e",
  SPANLIGHT_PUBLIC_URL: E2E_BASE_URL,
  // Tests give each sign-in flow its own X-Forwarded-For, so the rate-limit test cannot lock out others.
  SPANLIGHT_TRUST_PROXY: "true",
  SPANLIGHT_SIGNIN_ATTEMPTS_PER_MINUTE: "5",
  // Specs sign up people of their own; closed sign-up (the default) is tested on a server of its own.
  SPANLIGHT_ALLOW_SIGNUP: "true",
  SPANLIGHT_INIT_USER_EMAIL: E2E_OWNER.email,
  SPANLIGHT_INIT_USER_PASSWORD: E2E_OWNER.password,
  SPANLIGHT_INIT_PROJECT_NAME: E2E_OWNER.projectName,
  SPANLIGHT_INIT_PUBLIC_KEY: E2E_OWNER.publicKey,
  SPANLIGHT_INIT_SECRET_KEY: E2E_OWNER.secretKey,
  ...(testDatabaseUrl ? { DATABASE_URL: testDatabaseUrl } : {}),
};
