// GET /api/health — 200 {"status":"ok"} only when PostgreSQL answers, 503 otherwise. No auth.
import { pingDatabase } from "@spanlight/db";

export const dynamic = "force-dynamic";

export async function GET() {
  const isDatabaseUp = await pingDatabase();
  return Response.json(
    isDatabaseUp ? { status: "ok" } : { status: "unavailable", error: "The database does not answer" },
    { status: isDatabaseUp ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
