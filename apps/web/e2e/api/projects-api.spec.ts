import { expect, test } from "@playwright/test";
import { ZProjectListResponse, ZProjectResponse } from "../../src/features/projects/contracts";
import { ZRetentionResponse } from "../../src/features/retention/contracts";
import { addMember, signUpApiClient, uniqueAccount } from "../support/accounts";

test.describe("[PROJECTS]: creating, listing and renaming projects", () => {
  test("a new project makes its creator the owner and shows in their list", async () => {
    const owner = await signUpApiClient(uniqueAccount("owner"));
    expect(ZProjectListResponse.parse(await (await owner.get("/api/projects")).json()).projects).toEqual([]);

    const created = await owner.post("/api/projects", { data: { name: "  Support bot  " } });
    expect(created.status()).toBe(201);
    const { project } = ZProjectResponse.parse(await created.json());
    expect(project).toMatchObject({ name: "Support bot", role: "OWNER" });

    const { projects } = ZProjectListResponse.parse(await (await owner.get("/api/projects")).json());
    expect(projects.map((listed) => listed.id)).toEqual([project.id]);
  });

  test("owners rename; viewers are refused", async () => {
    const owner = await signUpApiClient(uniqueAccount("owner"));
    const viewerAccount = uniqueAccount("viewer");
    const viewer = await signUpApiClient(viewerAccount);
    const { project } = ZProjectResponse.parse(
      await (await owner.post("/api/projects", { data: { name: "Old name" } })).json(),
    );
    await addMember(owner, { projectId: project.id, account: viewerAccount, role: "VIEWER" });

    expect((await owner.patch(`/api/projects/${project.id}`, { data: { name: "New name" } })).status()).toBe(204);
    const refused = await viewer.patch(`/api/projects/${project.id}`, { data: { name: "Viewer's name" } });
    expect(refused.status()).toBe(403);

    const { projects } = ZProjectListResponse.parse(await (await viewer.get("/api/projects")).json());
    expect(projects).toEqual([expect.objectContaining({ id: project.id, name: "New name", role: "VIEWER" })]);
  });

  test("retention: members read it, admins set it, viewers are refused, bad values get a clear error", async () => {
    const owner = await signUpApiClient(uniqueAccount("owner"));
    const viewerAccount = uniqueAccount("viewer");
    const viewer = await signUpApiClient(viewerAccount);
    const { project } = ZProjectResponse.parse(
      await (await owner.post("/api/projects", { data: { name: "Kept" } })).json(),
    );
    await addMember(owner, { projectId: project.id, account: viewerAccount, role: "VIEWER" });

    const initial = ZRetentionResponse.parse(await (await viewer.get(`/api/projects/${project.id}/retention`)).json());
    expect(initial.retention).toEqual({ days: null, lastRun: null });

    const saved = await owner.put(`/api/projects/${project.id}/retention`, { data: { days: 30 } });
    expect(saved.status()).toBe(200);
    expect(ZRetentionResponse.parse(await saved.json()).retention.days).toBe(30);

    const tooLong = await owner.put(`/api/projects/${project.id}/retention`, { data: { days: 99_999 } });
    expect(tooLong.status()).toBe(400);
    expect(await tooLong.json()).toMatchObject({
      error: {
        code: "invalid_request",
        issues: [{ path: "days", message: expect.stringMatching(/at most 3650 days/) }],
      },
    });

    expect((await viewer.put(`/api/projects/${project.id}/retention`, { data: { days: 1 } })).status()).toBe(403);
    const after = ZRetentionResponse.parse(await (await owner.get(`/api/projects/${project.id}/retention`)).json());
    expect(after.retention.days).toBe(30);
  });

  test("deleting a project takes its owner and its name typed out; admins and viewers are refused", async () => {
    const owner = await signUpApiClient(uniqueAccount("owner"));
    const adminAccount = uniqueAccount("admin");
    const admin = await signUpApiClient(adminAccount);
    const viewerAccount = uniqueAccount("viewer");
    const viewer = await signUpApiClient(viewerAccount);
    const { project } = ZProjectResponse.parse(
      await (await owner.post("/api/projects", { data: { name: "Doomed" } })).json(),
    );
    await addMember(owner, { projectId: project.id, account: adminAccount, role: "ADMIN" });
    await addMember(owner, { projectId: project.id, account: viewerAccount, role: "VIEWER" });

    expect((await viewer.delete(`/api/projects/${project.id}`, { data: { confirmName: "Doomed" } })).status()).toBe(
      403,
    );
    expect((await admin.delete(`/api/projects/${project.id}`, { data: { confirmName: "Doomed" } })).status()).toBe(403);
    const wrongName = await owner.delete(`/api/projects/${project.id}`, { data: { confirmName: "doomed" } });
    expect(wrongName.status()).toBe(400);
    expect(await wrongName.json()).toMatchObject({
      error: { code: "bad_request", message: expect.stringMatching(/name exactly/) },
    });

    expect((await owner.delete(`/api/projects/${project.id}`, { data: { confirmName: "Doomed" } })).status()).toBe(204);
    expect((await owner.get(`/api/projects/${project.id}/members`)).status()).toBe(404);
    expect(ZProjectListResponse.parse(await (await viewer.get("/api/projects")).json()).projects).toEqual([]);
  });
});
