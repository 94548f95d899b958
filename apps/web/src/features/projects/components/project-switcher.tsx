"use client";

import { Check, ChevronsUpDown, Plus } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuGroup,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import type { TProject } from "../contracts";
import { ProjectAvatar } from "./project-avatar";
import { roleLabel } from "./role-badge";

type TProjectSwitcherProps = { currentProject: TProject; projects: TProject[] };

export function ProjectSwitcher({ currentProject, projects }: TProjectSwitcherProps) {
  const sectionPath = switchTarget(usePathname());

  return (
    <DropdownMenu>
      <DropdownMenuTrigger
        aria-label="Switch project"
        className="flex w-full items-center gap-2.5 rounded-lg border border-zinc-200 bg-white p-1.5 pr-2 text-left shadow-xs transition-colors outline-none hover:border-zinc-300 focus-visible:ring-2 focus-visible:ring-brand/30 data-[state=open]:border-zinc-300"
      >
        <ProjectAvatar project={currentProject} className="size-7" />
        <span className="flex min-w-0 flex-1 flex-col">
          <span className="truncate text-13 leading-4 font-medium text-zinc-900">{currentProject.name}</span>
          <span className="text-[11px] leading-4 text-zinc-500">{roleLabel(currentProject.role)}</span>
        </span>
        <ChevronsUpDown className="size-3.5 shrink-0 text-zinc-400" aria-hidden />
      </DropdownMenuTrigger>
      <DropdownMenuContent align="start" className="w-(--radix-dropdown-menu-trigger-width) min-w-60">
        <DropdownMenuLabel>Projects</DropdownMenuLabel>
        <DropdownMenuGroup>
          {projects.map((project) => (
            <DropdownMenuItem key={project.id} asChild>
              <Link href={`/project/${project.id}/${sectionPath}`}>
                <ProjectAvatar project={project} className="size-5 text-[10px]" />
                <span className="min-w-0 flex-1 truncate">{project.name}</span>
                {project.id === currentProject.id ? (
                  <Check className="text-brand!" aria-label="Current project" />
                ) : null}
              </Link>
            </DropdownMenuItem>
          ))}
        </DropdownMenuGroup>
        <DropdownMenuSeparator />
        <DropdownMenuItem asChild>
          <Link href="/projects/new">
            <Plus aria-hidden />
            New project
          </Link>
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}

/**
 * Switching keeps the section you are in (from one project's API keys to the other's), but never a
 * record id: a trace of one project does not exist in another.
 */
function switchTarget(pathname: string): string {
  const [section = "traces", settingsTab] = pathname.split("/").slice(3);
  return section === "settings" && settingsTab ? `settings/${settingsTab}` : section;
}
