// GET /api/projects — the signed-in user's projects. POST — creates one with the user as its owner.
import { createProjectWithOwner, listProjectsForUser } from "@spanlight/db";
import { ZCreateProject } from "@/features/projects/contracts";
import { toProjectDto } from "@/features/projects/server/to-project-dto";
import { withRoute } from "@/lib/http/with-route";

export const GET = withRoute({
  auth: "session",
  handler: async ({ user }) => {
    const projects = await listProjectsForUser(user.id);
    return { projects: projects.map(toProjectDto) };
  },
});

export const POST = withRoute({
  auth: "session",
  schemas: { body: ZCreateProject },
  handler: async ({ user, body }) => {
    const project = await createProjectWithOwner({ name: body.name, ownerUserId: user.id });
    return Response.json({ project: toProjectDto(project) }, { status: 201 });
  },
});
