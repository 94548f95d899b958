"use client";

import type { TSavedView } from "@spanlight/core";
import { Bookmark, Check, ChevronDown, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { useDeleteSavedView } from "../hooks/use-saved-view-actions";

type TSavedViewsMenuProps = {
  projectId: string;
  savedViews: TSavedView[];
  activeViewId: string | null;
  /** Viewers may open views but not delete them. */
  canWrite: boolean;
  onApply: (view: TSavedView) => void;
};

/** The project's saved views: pick one to open it; writers can delete. */
export function SavedViewsMenu({ projectId, savedViews, activeViewId, canWrite, onApply }: TSavedViewsMenuProps) {
  const { run: deleteView, isPending } = useDeleteSavedView();
  const active = savedViews.find((view) => view.id === activeViewId);

  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button
          variant="secondary"
          size="sm"
          className="max-w-64"
          aria-label={active ? `Saved views: ${active.name}` : "Saved views"}
        >
          <Bookmark aria-hidden className={active ? "fill-brand-muted text-brand" : undefined} />
          <span className="truncate">{active ? active.name : "Views"}</span>
          <ChevronDown className="text-zinc-400" aria-hidden />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-72">
        <DropdownMenuLabel>Saved views</DropdownMenuLabel>
        {savedViews.length === 0 ? (
          <p className="px-2 pb-2 text-12 text-zinc-500">
            {canWrite ? "None yet. Filter the list, then save it as a view." : "None yet."}
          </p>
        ) : null}
        {savedViews.map((view) => (
          <div key={view.id} className="flex items-center gap-0.5">
            <DropdownMenuItem className="min-w-0 flex-1" onSelect={() => onApply(view)}>
              <span className="min-w-0 flex-1 truncate" title={view.name}>
                {view.name}
              </span>
              {view.id === activeViewId ? <Check className="text-brand!" aria-label="Open now" /> : null}
            </DropdownMenuItem>
            {canWrite ? (
              <DropdownMenuItem
                variant="destructive"
                aria-label={`Delete view ${view.name}`}
                disabled={isPending}
                onSelect={(event) => {
                  event.preventDefault();
                  void deleteView({ projectId, savedViewId: view.id });
                }}
                className="w-8 justify-center px-0"
              >
                <Trash2 aria-hidden />
              </DropdownMenuItem>
            ) : null}
          </div>
        ))}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
