import { expect, test } from "@playwright/test";
import { createProject, newApiClient, signUpApiClient, uniqueAccount } from "../support/accounts";

test.describe("[API]: the internal API requires a session and membership", () => {
  const anonymousCalls = [
    { method: "GET", path: "/api/projects" },
    { method: "POST", path: "/api/projects", data: { name: "Nope" } },
    { method: "PATCH", path: "/api/projects/some-project", data: { name: "Nope" } },
    { method: "GET", path: "/api/projects/some-project/api-keys" },
    { method: "POST", path: "/api/projects/some-project/api-keys", data: {} },
    { method: "DELETE", path: "/api/projects/some-project/api-keys/some-key" },
    { method: "GET", path: "/api/projects/some-project/members" },
    { method: "POST", path: "/api/projects/some-project/members", data: { email: "a@b.test", role: "VIEWER" } },
    { method: "PATCH", path: "/api/projects/some-project/members/some-user", data: { role: "VIEWER" } },
    { method: "DELETE", path: "/api/projects/some-project/members/some-user" },
    { method: "GET", path: "/api/projects/some-project/traces/facets" },
  ] as const;

  for (const call of anonymousCalls) {
    test(`${call.method} ${call.path} without a session answers 401 JSON`, async ({ request }) => {
      const response = await request.fetch(call.path, {
        method: call.method,
        data: "data" in call ? call.data : undefined,
      });
      expect(response.status()).toBe(401);
      expect(response.headers()["content-type"]).toContain("application/json");
      const body = (await response.json()) as { error: { code: string; message: string; requestId: string } };
      expect(body.error.code).toBe("unauthorized");
      expect(body.error.requestId).toBeTruthy();
    });
  }

  test("a project someone else owns answers 404, as if it did not exist", async () => {
    const owner = await signUpApiClient(uniqueAccount("owner"));
    const stranger = await signUpApiClient(uniqueAccount("stranger"));
    const project = await createProject(owner, "Private project");

    for (const path of [
      `/api/projects/${project.id}/api-keys`,
      `/api/projects/${project.id}/members`,
      `/api/projects/${project.id}/traces/facets`,
    ]) {
      const response = await stranger.get(path);
      expect(response.status()).toBe(404);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe("not_found");
    }
    const rename = await stranger.patch(`/api/projects/${project.id}`, { data: { name: "Mine now" } });
    expect(rename.status()).toBe(404);
    const unknown = await owner.get("/api/projects/no-such-project/api-keys");
    expect(unknown.status()).toBe(404);
  });

  test("a body that fails its schema answers 400 with the field", async () => {
    const owner = await signUpApiClient(uniqueAccount("owner"));
    const response = await owner.post("/api/projects", { data: { name: "   " } });
    expect(response.status()).toBe(400);
    const body = (await response.json()) as { error: { code: string; issues: { path: string }[] } };
    expect(body.error.code).toBe("invalid_request");
    expect(body.error.issues.map((issue) => issue.path)).toContain("name");
  });

  test("a client without cookies gets no projects", async () => {
    const client = await newApiClient();
    expect((await client.get("/api/projects")).status()).toBe(401);
  });
});
