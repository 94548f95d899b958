import { listProjectsForUser } from "@spanlight/db";
import { redirect } from "next/navigation";
import { requirePageUser } from "@/lib/auth/session";

/** `/` has no page of its own: the first project's traces, or creating one. */
export default async function HomePage() {
  const user = await requirePageUser();
  const [firstProject] = await listProjectsForUser(user.id);
  redirect(firstProject ? `/project/${firstProject.id}/traces` : "/projects/new");
}
