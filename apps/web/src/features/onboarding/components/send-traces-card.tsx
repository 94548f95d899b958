import { ArrowRight, KeyRound } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { CodeBlock, CopyField } from "@/components/ui/code-block";
import { InlineCode } from "@/components/ui/inline-code";
import { otlpEnvTemplate } from "../otlp";
import type { TOtlpSettings } from "../otlp";

type TSendTracesCardProps = {
  projectId: string;
  otlp: TOtlpSettings;
  /** Owners and admins create keys; everyone else is told whom to ask. */
  canManageKeys: boolean;
};

/** How to get spans into this project: a key, the endpoint and header, and the exporter variables. */
export function SendTracesCard({ projectId, otlp, canManageKeys }: TSendTracesCardProps) {
  const apiKeysHref = `/project/${projectId}/settings/api-keys`;
  return (
    <Card aria-labelledby="send-traces-title">
      <CardHeader>
        <CardTitle id="send-traces-title">Send your first traces</CardTitle>
        <CardDescription>
          Spanlight speaks OpenTelemetry (OTLP). Any OTel SDK or LLM instrumentation (OpenLLMetry, OpenInference, the
          Vercel AI SDK, Langfuse&apos;s OTel exporter) can send to it without a Spanlight library.
        </CardDescription>
      </CardHeader>
      <ol className="flex flex-col px-5 py-2">
        <Step number={1} title="Get an API key" isLast={false}>
          <p>
            {canManageKeys
              ? "A key pair (public and secret key) tells Spanlight which project the spans belong to."
              : "A key pair tells Spanlight which project the spans belong to. Owners and admins create them; ask one for a key."}
          </p>
          <Button asChild variant="secondary" size="sm" className="mt-3 self-start">
            <Link href={apiKeysHref}>
              <KeyRound aria-hidden />
              {canManageKeys ? "Create an API key" : "View API keys"}
              <ArrowRight className="text-zinc-400" aria-hidden />
            </Link>
          </Button>
        </Step>
        <Step number={2} title="Point your exporter at Spanlight" isLast={false}>
          <dl className="mt-1 grid grid-cols-[max-content_minmax(0,1fr)] items-center gap-x-4 gap-y-2.5">
            <dt className="text-zinc-500">OTLP endpoint</dt>
            <dd className="max-w-lg">
              <CopyField value={otlp.endpoint} label="OTLP endpoint" />
            </dd>
            <dt className="text-zinc-500">Direct ports</dt>
            <dd className="flex flex-wrap items-center gap-x-3 gap-y-1">
              <span>
                <InlineCode>{`${otlp.host}:${otlp.httpPort}`}</InlineCode>{" "}
                <span className="text-zinc-500">OTLP/HTTP</span>
              </span>
              <span>
                <InlineCode>{`${otlp.host}:${otlp.grpcPort}`}</InlineCode>{" "}
                <span className="text-zinc-500">OTLP/gRPC</span>
              </span>
            </dd>
            <dt className="text-zinc-500">Header</dt>
            <dd>
              <InlineCode>Authorization: Basic base64(publicKey:secretKey)</InlineCode>
            </dd>
          </dl>
        </Step>
        <Step number={3} title="Set the variables and run your app" isLast>
          <p>Fill in your key pair; traces appear here seconds after your app makes its first LLM call.</p>
          <CodeBlock title="Shell" code={otlpEnvTemplate(otlp.endpoint)} className="mt-3" />
        </Step>
      </ol>
    </Card>
  );
}

function Step({
  number,
  title,
  isLast,
  children,
}: {
  number: number;
  title: string;
  isLast: boolean;
  children: ReactNode;
}) {
  return (
    <li className="relative flex gap-4 py-3">
      {isLast ? null : <span aria-hidden className="absolute top-10 bottom-0 left-3 w-px bg-zinc-200" />}
      <span className="relative flex size-6 shrink-0 items-center justify-center rounded-full border border-zinc-200 bg-white text-12 font-semibold text-zinc-600 shadow-xs">
        {number}
      </span>
      <div className="flex min-w-0 flex-1 flex-col pt-0.5 text-13 text-zinc-600">
        <h3 className="mb-1 text-13 font-semibold text-zinc-900">{title}</h3>
        {children}
      </div>
    </li>
  );
}
