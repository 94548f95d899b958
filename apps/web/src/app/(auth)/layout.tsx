import type { ReactNode } from "react";
import { Wordmark } from "@/components/brand/wordmark";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <div className="relative flex min-h-screen flex-col items-center overflow-hidden bg-zinc-50 px-4">
      <div
        aria-hidden
        className="pointer-events-none absolute inset-0 [background-image:radial-gradient(var(--color-zinc-300)_1px,transparent_1px)] [background-size:20px_20px] [mask-image:radial-gradient(ellipse_60%_50%_at_50%_30%,black,transparent)] opacity-60"
      />
      <main className="relative flex w-full flex-1 flex-col items-center pt-[12vh] pb-16">
        <Wordmark className="mb-8" />
        {children}
      </main>
      <footer className="relative pb-6 text-12 text-zinc-400">Self-hosted observability for LLM pipelines</footer>
    </div>
  );
}
