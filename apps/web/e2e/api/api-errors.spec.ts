import { expect, test } from "@playwright/test";

const ERROR_SHAPE = { error: { code: expect.any(String), message: expect.any(String), requestId: expect.any(String) } };

test.describe("[API-ERRORS]: every /api/ path answers JSON", () => {
  const unknown: [string, string][] = [
    ["POST", "/api/public/not-a-resource"],
    ["GET", "/api/public/not-a-resource/some-id"],
    ["GET", "/api/nothing-here"],
    ["DELETE", "/api/projects/some-project/no-such-thing/deeper"],
    ["PUT", "/api/public/traces/some-trace/spans"],
    ["PATCH", "/api/v2"],
  ];
  for (const [method, path] of unknown) {
    test(`${method} ${path} is a JSON 404`, async ({ request }) => {
      const response = await request.fetch(path, { method, data: method === "GET" ? undefined : {} });
      expect(response.status()).toBe(404);
      expect(response.headers()["content-type"]).toContain("application/json");
      const body = await response.json();
      expect(body).toEqual({
        error: { code: "not_found", message: `No API route at ${path}`, requestId: expect.any(String) },
      });
      expect(response.headers()["x-request-id"]).toBe(body.error.requestId);
    });
  }

  const wrongMethod: [string, string, string][] = [
    ["POST", "/api/public/traces/some-trace", "DELETE, GET, HEAD, OPTIONS"],
    ["DELETE", "/api/health", "GET, HEAD, OPTIONS"],
    ["PATCH", "/api/public/model-prices", "GET, HEAD, OPTIONS, POST"],
    ["GET", "/api/projects/some-project/members/some-user", "DELETE, OPTIONS, PATCH"],
  ];
  for (const [method, path, allow] of wrongMethod) {
    test(`${method} ${path} is a JSON 405 with Allow: ${allow}`, async ({ request }) => {
      const response = await request.fetch(`${path}?probe=1`, { method, headers: { "x-request-id": "req-405" } });
      expect(response.status()).toBe(405);
      expect(response.headers()["allow"]).toBe(allow);
      expect(response.headers()["content-type"]).toContain("application/json");
      expect(response.headers()["x-request-id"]).toBe("req-405");
      expect(await response.json()).toEqual({
        error: {
          code: "method_not_allowed",
          message: `${method} is not allowed on ${path}; use ${allow}`,
          requestId: "req-405",
        },
      });
    });
  }

  test("the error shape is the API's, and known routes still answer as before", async ({ request }) => {
    expect(await (await request.post("/api/public/not-a-resource", { data: {} })).json()).toMatchObject(ERROR_SHAPE);
    expect((await request.get("/api/health")).status()).toBe(200);
    const options = await request.fetch("/api/health", { method: "OPTIONS" });
    expect(options.status()).toBe(204);
    expect(options.headers()["allow"]).toBe("GET, HEAD, OPTIONS");
  });
});

test("[API-ERRORS]: a path better-auth does not serve is a JSON 404 too", async ({ request }) => {
  const response = await request.post("/api/auth/no-such-endpoint", { data: {} });
  expect(response.status()).toBe(404);
  expect(await response.json()).toEqual({
    error: { code: "not_found", message: "No API route at /api/auth/no-such-endpoint", requestId: expect.any(String) },
  });
});
