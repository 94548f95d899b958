import { expect, test } from "@playwright/test";
import { ZApiKeyListResponse, ZCreatedApiKeyResponse } from "../../src/features/api-keys/contracts";
import { addMember, createProject, signUpApiClient, uniqueAccount } from "../support/accounts";

test.describe("[KEYS]: API keys through the internal API", () => {
  test("the secret is answered once at creation, then only masked; revoking marks the key", async () => {
    const owner = await signUpApiClient(uniqueAccount("owner"));
    const project = await createProject(owner, "Keys project");

    const created = await owner.post(`/api/projects/${project.id}/api-keys`, { data: { note: "CI exporter" } });
    expect(created.status()).toBe(201);
    const { apiKey } = ZCreatedApiKeyResponse.parse(await created.json());
    expect(apiKey.secretKey).toMatch(/^sk-sl-/);
    expect(apiKey.displaySecretKey).toBe(`sk-sl-…${apiKey.secretKey.slice(-4)}`);

    const listText = await (await owner.get(`/api/projects/${project.id}/api-keys`)).text();
    expect(listText).not.toContain(apiKey.secretKey);
    // Strict: an extra field (a hash, a secret) fails the parse.
    const { apiKeys } = ZApiKeyListResponse.parse(JSON.parse(listText));
    expect(apiKeys).toEqual([expect.objectContaining({ id: apiKey.id, note: "CI exporter", revokedAt: null })]);

    expect((await owner.delete(`/api/projects/${project.id}/api-keys/${apiKey.id}`)).status()).toBe(204);
    const afterRevoke = ZApiKeyListResponse.parse(
      await (await owner.get(`/api/projects/${project.id}/api-keys`)).json(),
    );
    expect(afterRevoke.apiKeys[0]?.revokedAt).not.toBeNull();
    expect((await owner.delete(`/api/projects/${project.id}/api-keys/${apiKey.id}`)).status()).toBe(404);
  });

  test("a viewer can list keys but is refused creating or revoking one", async () => {
    const owner = await signUpApiClient(uniqueAccount("owner"));
    const viewerAccount = uniqueAccount("viewer");
    const viewer = await signUpApiClient(viewerAccount);
    const project = await createProject(owner, "Shared project");
    await addMember(owner, { projectId: project.id, account: viewerAccount, role: "VIEWER" });
    const { apiKey } = ZCreatedApiKeyResponse.parse(
      await (await owner.post(`/api/projects/${project.id}/api-keys`, { data: {} })).json(),
    );

    expect((await viewer.get(`/api/projects/${project.id}/api-keys`)).status()).toBe(200);
    const create = await viewer.post(`/api/projects/${project.id}/api-keys`, { data: { note: "sneaky" } });
    expect(create.status()).toBe(403);
    expect(((await create.json()) as { error: { code: string } }).error.code).toBe("forbidden");
    expect((await viewer.delete(`/api/projects/${project.id}/api-keys/${apiKey.id}`)).status()).toBe(403);
  });

  test("a key of another project cannot be revoked through this one", async () => {
    const owner = await signUpApiClient(uniqueAccount("owner"));
    const first = await createProject(owner, "First");
    const second = await createProject(owner, "Second");
    const { apiKey } = ZCreatedApiKeyResponse.parse(
      await (await owner.post(`/api/projects/${first.id}/api-keys`, { data: {} })).json(),
    );
    expect((await owner.delete(`/api/projects/${second.id}/api-keys/${apiKey.id}`)).status()).toBe(404);
  });
});
