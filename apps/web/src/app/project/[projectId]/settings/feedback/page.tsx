import { canRole } from "@spanlight/core";
import type { Metadata } from "next";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { CodeBlock } from "@/components/ui/code-block";
import { FeedbackSettingsForm, publicKeySnippet } from "@/features/feedback";
import { loadFeedbackSettingsPage } from "@/features/feedback/server/load-feedback-settings-page";
import { loadProjectPage } from "@/features/projects/server/load-project-page";

export const metadata: Metadata = { title: "Feedback" };

export default async function FeedbackSettingsPage({ params }: PageProps<"/project/[projectId]/settings/feedback">) {
  const { projectId } = await params;
  const { project } = await loadProjectPage(projectId);
  if (!canRole(project.role, "project:manage")) {
    return (
      <Card aria-labelledby="feedback-title">
        <CardHeader>
          <CardTitle id="feedback-title">Browser feedback</CardTitle>
          <CardDescription>
            Only owners and admins can see and change how this project takes feedback from browsers.
          </CardDescription>
        </CardHeader>
      </Card>
    );
  }
  const page = await loadFeedbackSettingsPage(project.id);
  return (
    <div className="flex flex-col gap-6">
      <Card aria-labelledby="feedback-title">
        <CardHeader>
          <CardTitle id="feedback-title">Browser feedback</CardTitle>
          <CardDescription>
            Your app&apos;s pages can send thumbs, ratings, comments and corrected outputs to POST /api/public/feedback.
            They are stored as FEEDBACK scores; the public key can do nothing else.
          </CardDescription>
        </CardHeader>
        <FeedbackSettingsForm projectId={project.id} settings={page.settings} />
      </Card>
      <Card aria-labelledby="feedback-snippet-title">
        <CardHeader>
          <CardTitle id="feedback-snippet-title">Send feedback from a page</CardTitle>
          <CardDescription>
            {page.publicKey
              ? "With this project's public key. Public keys are safe to ship in web pages."
              : "This project has no active API key yet: create one under API keys, then use its public key here."}
          </CardDescription>
        </CardHeader>
        <CardContent>
          <CodeBlock
            title="Browser snippet"
            code={publicKeySnippet({ baseUrl: page.baseUrl, publicKey: page.publicKey ?? "pk-…" })}
          />
        </CardContent>
      </Card>
    </div>
  );
}
