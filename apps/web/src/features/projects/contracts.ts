import { PROJECT_ROLES } from "@spanlight/core";
import { z } from "zod";

/** Shared by the browser forms and the route handlers: one definition of a valid project name. */
export const ZProjectName = z
  .string()
  .trim()
  .min(1, "Give the project a name")
  .max(80, "Keep the name under 80 characters");

export const ZCreateProject = z.object({ name: ZProjectName });
export type TCreateProject = z.infer<typeof ZCreateProject>;

export const ZRenameProject = z.object({ name: ZProjectName });
export type TRenameProject = z.infer<typeof ZRenameProject>;

/** Deleting takes the project's name typed out, so a stray click or a wrong tab cannot do it. */
export const ZDeleteProject = z.object({ confirmName: z.string().max(200, "That is not the project's name") });
export type TDeleteProject = z.infer<typeof ZDeleteProject>;

export const ZProjectParams = z.object({ projectId: z.string().min(1) });

export const ZProjectRole = z.enum(PROJECT_ROLES);

export const ZProject = z.strictObject({
  id: z.string(),
  name: z.string(),
  role: ZProjectRole,
  createdAt: z.iso.datetime(),
});
export type TProject = z.infer<typeof ZProject>;

export const ZProjectResponse = z.strictObject({ project: ZProject });
export const ZProjectListResponse = z.strictObject({ projects: z.array(ZProject) });
