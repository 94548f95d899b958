import { FolderPlus } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { Wordmark } from "@/components/brand/wordmark";
import { CreateProjectForm } from "@/features/projects";
import { loadUserProjects } from "@/features/projects/server/load-project-page";
import { UserMenu } from "@/features/shell";
import { requirePageUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "New project" };

export default async function NewProjectPage() {
  const user = await requirePageUser();
  const [firstProject] = await loadUserProjects(user.id);
  const isFirstProject = !firstProject;

  return (
    <div className="flex min-h-screen flex-col bg-zinc-50">
      <header className="flex h-14 items-center justify-between px-6">
        <Link href="/" className="rounded-md outline-none focus-visible:ring-2 focus-visible:ring-brand/30">
          <Wordmark />
        </Link>
        <UserMenu user={user} />
      </header>
      <main className="flex flex-1 justify-center px-4 pt-[10vh] pb-16">
        <div className="w-full max-w-[440px]">
          <div className="rounded-xl border border-zinc-200 bg-white shadow-[0_1px_2px_rgba(0,0,0,0.04),0_8px_24px_-12px_rgba(0,0,0,0.08)]">
            <div className="flex flex-col gap-3 border-b border-zinc-100 px-7 pt-7 pb-5">
              <span className="flex size-10 items-center justify-center rounded-lg border border-zinc-200 bg-brand-soft">
                <FolderPlus className="size-5 text-brand" aria-hidden />
              </span>
              <div className="flex flex-col gap-1">
                <h1 className="text-lg font-semibold tracking-tight text-zinc-900">
                  {isFirstProject ? "Create your first project" : "Create a project"}
                </h1>
                <p className="text-13 text-zinc-500">
                  A project holds the traces, API keys and members of one application or environment. You will be its
                  owner.
                </p>
              </div>
            </div>
            <div className="px-7 py-5">
              <CreateProjectForm onCancelHref={firstProject ? `/project/${firstProject.id}/traces` : undefined} />
            </div>
          </div>
        </div>
      </main>
    </div>
  );
}
