import { PageContainer, PageHeader } from "@/components/layout/page";
import { TabNav } from "@/components/layout/tab-nav";

export default async function SettingsLayout({ children, params }: LayoutProps<"/project/[projectId]/settings">) {
  const { projectId } = await params;
  const base = `/project/${projectId}/settings`;
  return (
    <PageContainer className="max-w-5xl">
      <PageHeader
        title="Settings"
        description="Manage this project, who can see it, the keys that send data to it, what its models cost, and the feedback browsers send."
      />
      <TabNav
        label="Settings sections"
        tabs={[
          { href: base, label: "General" },
          { href: `${base}/members`, label: "Members" },
          { href: `${base}/api-keys`, label: "API keys" },
          { href: `${base}/model-prices`, label: "Model prices" },
          { href: `${base}/feedback`, label: "Feedback" },
        ]}
      />
      {children}
    </PageContainer>
  );
}
