"use client";

import { TriangleExclamationPoint } from "lucide-react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

/** Anything a page throws that is not a redirect or a 404 lands here, without internals. */
export default function RootError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="flex min-h-[60vh] items-center justify-center px-4">
      <div className="w-full max-w-md rounded-xl border border-zinc-200 bg-white shadow-xs">
        <EmptyState
          icon={TriangleExclamationPoint}
          title="Something went wrong"
          description="The page could not be loaded. Try again; if it keeps failing, the server log has the details."
          actions={<Button onClick={reset}>Try again</Button>}
        />
      </div>
    </div>
  );
}
