import type { ReactNode } from "react";

type TAuthCardProps = { title: string; description: string; children: ReactNode; footer: ReactNode };

/** The frame both auth pages share: heading, the form, and the link to the other page. */
export function AuthCard({ title, description, children, footer }: TAuthCardProps) {
  return (
    <div className="w-full max-w-[380px]">
      <div className="rounded-xl border border-zinc-200 bg-white px-7 pt-7 pb-6 shadow-[0_1px_2px_rgba(0,0,0,0.04),0_8px_24px_-12px_rgba(0,0,0,0.08)]">
        <div className="mb-6 flex flex-col gap-1">
          <h1 className="text-lg font-semibold tracking-tight text-zinc-900">{title}</h1>
          <p className="text-13 text-zinc-500">{description}</p>
        </div>
        {children}
      </div>
      <p className="mt-5 text-center text-13 text-zinc-500">{footer}</p>
    </div>
  );
}
