import { ZSavedView } from "@spanlight/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, getDb } from "../client.ts";
import { seedProjectWithKey } from "../testing/seed.ts";
import { createSavedView } from "./create-saved-view.ts";
import { deleteSavedView } from "./delete-saved-view.ts";
import { listSavedViews } from "./list-saved-views.ts";

describe("[EXPLORER] saved views", () => {
  let projectId: string;
  let userId: string;

  beforeAll(async () => {
    const seeded = await seedProjectWithKey();
    projectId = seeded.project.id;
    userId = seeded.user.id;
  });
  afterAll(async () => {
    await closeDb();
  });

  it("creates, lists by name, refuses a taken name, and deletes within the project only", async () => {
    const errors = await createSavedView({ projectId, name: "Errors", query: "status=error", createdBy: userId });
    expect(ZSavedView.parse(errors)).toMatchObject({ name: "Errors", query: "status=error" });
    await createSavedView({ projectId, name: "Costly", query: "minCost=1&sort=cost", createdBy: userId });
    expect((await listSavedViews({ projectId })).map((view) => view.name)).toEqual(["Costly", "Errors"]);

    await expect(createSavedView({ projectId, name: "Errors", query: "", createdBy: userId })).rejects.toMatchObject({
      status: 409,
    });

    const other = (await seedProjectWithKey()).project.id;
    await createSavedView({ projectId: other, name: "Errors", query: "status=error", createdBy: null });
    expect(await deleteSavedView({ projectId: other, savedViewId: errors.id })).toBe(false);
    expect(await deleteSavedView({ projectId, savedViewId: errors.id })).toBe(true);
    expect((await listSavedViews({ projectId })).map((view) => view.name)).toEqual(["Costly"]);
    expect((await listSavedViews({ projectId: other })).map((view) => view.name)).toEqual(["Errors"]);
  });

  it("keeps a view when the account that saved it is deleted", async () => {
    const seeded = await seedProjectWithKey();
    await createSavedView({
      projectId: seeded.project.id,
      name: "Mine",
      query: "tags=prod",
      createdBy: seeded.user.id,
    });
    await getDb().user.delete({ where: { id: seeded.user.id } });
    expect((await listSavedViews({ projectId: seeded.project.id })).map((view) => view.name)).toEqual(["Mine"]);
  });
});
