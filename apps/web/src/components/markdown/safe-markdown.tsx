"use client";

import type { ComponentProps } from "react";
import Markdown, { defaultUrlTransform } from "react-markdown";
import type { Components, UrlTransform } from "react-markdown";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import type { Options as TSanitizeSchema } from "rehype-sanitize";
import remarkGfm from "remark-gfm";
import { cn } from "@/lib/utils";
import { MarkdownImage } from "./markdown-image";
import { remarkHtmlAsText } from "./remark-html-as-text";

// Three layers, each enough alone: raw HTML becomes text, the sanitiser keeps only GitHub's safe
// element set and URL schemes, and the URL transform drops what is not http(s)/mailto (data: only for
// images). Remote images are never put in the page until a person asks (see MarkdownImage).
const SANITIZE_SCHEMA: TSanitizeSchema = {
  ...defaultSchema,
  protocols: { ...defaultSchema.protocols, src: ["http", "https", "data"] },
};

const DATA_IMAGE = /^data:image\/(png|jpe?g|gif|webp|avif|svg\+xml);/i;

const urlTransform: UrlTransform = (url, key) => {
  if (key === "src" && DATA_IMAGE.test(url)) return url;
  return defaultUrlTransform(url);
};

const COMPONENTS: Components = {
  a: SafeLink,
  img: ({ src, alt }) => <MarkdownImage src={typeof src === "string" ? src : ""} alt={alt ?? ""} />,
};

/** Markdown from span content (model answers, prompts), rendered without any way to run code. */
export function SafeMarkdown({ children, className }: { children: string; className?: string }) {
  return (
    <div
      className={cn(
        "markdown-body text-13 leading-relaxed text-zinc-800 [overflow-wrap:anywhere]",
        MARKDOWN_CLASSES,
        className,
      )}
    >
      <Markdown
        remarkPlugins={[remarkHtmlAsText, remarkGfm]}
        rehypePlugins={[[rehypeSanitize, SANITIZE_SCHEMA]]}
        urlTransform={urlTransform}
        components={COMPONENTS}
      >
        {children}
      </Markdown>
    </div>
  );
}

function SafeLink({ href, children }: ComponentProps<"a">) {
  if (!href) {
    return (
      <span
        className="text-zinc-600 underline decoration-zinc-300 decoration-dotted"
        title="Link removed: not a web address"
      >
        {children}
      </span>
    );
  }
  return (
    <a
      href={href}
      target="_blank"
      rel="noopener noreferrer nofollow"
      className="text-brand underline-offset-2 hover:underline"
    >
      {children}
    </a>
  );
}

// Tailwind's preflight strips element styles; these bring back just enough for prose.
const MARKDOWN_CLASSES = [
  "[&_p]:my-1.5 [&_p:first-child]:mt-0 [&_p:last-child]:mb-0",
  "[&_ul]:my-1.5 [&_ul]:list-disc [&_ul]:pl-5 [&_ol]:my-1.5 [&_ol]:list-decimal [&_ol]:pl-5 [&_li]:my-0.5",
  "[&_h1]:mt-3 [&_h1]:mb-1.5 [&_h1]:text-[15px] [&_h1]:font-semibold [&_h2]:mt-3 [&_h2]:mb-1.5 [&_h2]:text-sm [&_h2]:font-semibold",
  "[&_h3]:mt-2 [&_h3]:mb-1 [&_h3]:font-semibold [&_h4]:font-semibold",
  "[&_code]:rounded [&_code]:bg-zinc-100 [&_code]:px-1 [&_code]:py-px [&_code]:font-mono [&_code]:text-12",
  "[&_pre]:my-2 [&_pre]:overflow-x-auto [&_pre]:rounded-md [&_pre]:bg-zinc-50 [&_pre]:p-2.5 [&_pre]:ring-1 [&_pre]:ring-zinc-200",
  "[&_pre_code]:bg-transparent [&_pre_code]:p-0",
  "[&_blockquote]:my-1.5 [&_blockquote]:border-l-2 [&_blockquote]:border-zinc-300 [&_blockquote]:pl-3 [&_blockquote]:text-zinc-600",
  "[&_table]:my-2 [&_table]:text-12 [&_td]:border [&_td]:border-zinc-200 [&_td]:px-2 [&_td]:py-1",
  "[&_th]:border [&_th]:border-zinc-200 [&_th]:bg-zinc-50 [&_th]:px-2 [&_th]:py-1 [&_th]:text-left",
  "[&_hr]:my-3 [&_hr]:border-zinc-200",
].join(" ");
