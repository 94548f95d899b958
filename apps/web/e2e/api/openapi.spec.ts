import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "@playwright/test";

const PUBLIC_API_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../src/app/api/public");

/** Every route file under /api/public as `METHOD /path/{param}`, read from the file system. */
function publicRoutes(): string[] {
  const entries = readdirSync(PUBLIC_API_DIR, { recursive: true, encoding: "utf8" }).filter((entry) =>
    entry.endsWith("route.ts"),
  );
  return entries.flatMap((entry) => {
    const routePath = `/api/public/${path.dirname(entry)}`.replace(/\[(\w+)\]/g, "{$1}");
    const methods = [
      ...readFileSync(path.join(PUBLIC_API_DIR, entry), "utf8").matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g),
    ];
    return methods.map(([, method]) => `${method} ${routePath}`);
  });
}

type TDocument = {
  openapi: string;
  paths: Record<
    string,
    Record<string, { requestBody?: { content: Record<string, unknown> }; parameters?: { name: string }[] }>
  >;
  components: { securitySchemes: Record<string, { type: string; scheme: string }>; schemas: Record<string, unknown> };
};

test.describe("[EXPLORER]: the OpenAPI document", () => {
  test("is served without a key and documents every /api/public route, OTLP included", async ({ request }) => {
    const response = await request.get("/api/public/openapi.json");
    expect(response.status()).toBe(200);
    const document = (await response.json()) as TDocument;
    expect(document.openapi).toBe("3.1.0");
    expect(document.components.securitySchemes).toMatchObject({
      basicAuth: { type: "http", scheme: "basic" },
      bearerAuth: { type: "http", scheme: "bearer" },
    });

    const documented = Object.entries(document.paths).flatMap(([routePath, operations]) =>
      Object.keys(operations).map((method) => `${method.toUpperCase()} ${routePath}`),
    );
    const routes = publicRoutes();
    expect(routes).toEqual(
      expect.arrayContaining([
        "GET /api/public/traces",
        "GET /api/public/sessions/{sessionId}",
        "GET /api/public/users/{userId}",
        "DELETE /api/public/traces/{traceId}",
      ]),
    );
    expect(documented).toEqual(expect.arrayContaining([...routes, "POST /api/public/otel/v1/traces"]));

    const otlp = document.paths["/api/public/otel/v1/traces"]!.post!;
    expect(Object.keys(otlp.requestBody!.content).sort()).toEqual(["application/json", "application/x-protobuf"]);
    const listParameters = document.paths["/api/public/traces"]!.get!.parameters!.map((parameter) => parameter.name);
    expect(listParameters).toEqual(
      expect.arrayContaining([
        "from",
        "to",
        "name",
        "tags",
        "model",
        "kind",
        "status",
        "release",
        "metadataKey",
        "metadataValue",
        "search",
        "sort",
        "order",
        "limit",
        "cursor",
      ]),
    );

    // Every $ref points at a schema the document carries.
    const refs = [...JSON.stringify(document).matchAll(/"\$ref":"#\/components\/schemas\/(\w+)"/g)].map(
      ([, name]) => name!,
    );
    expect(refs.filter((name) => !(name in document.components.schemas))).toEqual([]);
  });
});
