import { expect, test } from "@playwright/test";
import { ZProjectListResponse, ZProjectResponse } from "../../src/features/projects/contracts";
import { signUpApiClient, uniqueAccount } from "../support/accounts";

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
    await owner.post(`/api/projects/${project.id}/members`, { data: { email: viewerAccount.email, role: "VIEWER" } });

    expect((await owner.patch(`/api/projects/${project.id}`, { data: { name: "New name" } })).status()).toBe(204);
    const refused = await viewer.patch(`/api/projects/${project.id}`, { data: { name: "Viewer's name" } });
    expect(refused.status()).toBe(403);

    const { projects } = ZProjectListResponse.parse(await (await viewer.get("/api/projects")).json());
    expect(projects).toEqual([expect.objectContaining({ id: project.id, name: "New name", role: "VIEWER" })]);
  });
});
