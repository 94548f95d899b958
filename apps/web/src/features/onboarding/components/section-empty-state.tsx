import type { LucideIcon } from "lucide-react";
import type { ReactNode } from "react";
import { PageContainer, PageHeader } from "@/components/layout/page";
import { EmptyState } from "@/components/ui/empty-state";
import type { TOtlpSettings } from "../otlp";
import { SendTracesCard } from "./send-traces-card";

type TSectionEmptyStateProps = {
  title: string;
  description: string;
  empty: { icon: LucideIcon; title: string; description: ReactNode };
  projectId: string;
  otlp: TOtlpSettings;
  canManageKeys: boolean;
};

/** A project section with nothing in it yet: what will appear, then how to send the data. */
export function SectionEmptyState({
  title,
  description,
  empty,
  projectId,
  otlp,
  canManageKeys,
}: TSectionEmptyStateProps) {
  return (
    <PageContainer className="max-w-4xl">
      <PageHeader title={title} description={description} />
      <div className="rounded-lg border border-dashed border-zinc-300 bg-[linear-gradient(to_bottom,var(--color-zinc-50),white)]">
        <EmptyState icon={empty.icon} title={empty.title} description={empty.description} className="py-10" />
      </div>
      <SendTracesCard projectId={projectId} otlp={otlp} canManageKeys={canManageKeys} />
    </PageContainer>
  );
}
