import { Compass } from "lucide-react";
import Link from "next/link";
import { Wordmark } from "@/components/brand/wordmark";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export default function NotFound() {
  return (
    <div className="flex min-h-screen flex-col items-center bg-zinc-50 px-4 pt-[14vh]">
      <Wordmark className="mb-8" />
      <div className="w-full max-w-md rounded-xl border border-zinc-200 bg-white shadow-xs">
        <EmptyState
          icon={Compass}
          title="Page not found"
          description="This page does not exist, or it belongs to a project you are not a member of."
          actions={
            <Button asChild variant="secondary">
              <Link href="/">Go to your projects</Link>
            </Button>
          }
        />
      </div>
    </div>
  );
}
