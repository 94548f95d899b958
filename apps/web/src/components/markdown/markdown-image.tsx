"use client";

import { ImageOff, Image as ImageIcon } from "lucide-react";
import { useState } from "react";

/**
 * An image from span content. Inline data: images render; a remote one stays a button until clicked,
 * so opening a trace never tells a third party that someone looked at it.
 */
export function MarkdownImage({ src, alt }: { src: string; alt: string }) {
  if (src.startsWith("data:image/")) {
    // eslint-disable-next-line @next/next/no-img-element -- arbitrary inline content, not an app asset
    return <img src={src} alt={alt} className="my-1 max-h-80 max-w-full rounded-md ring-1 ring-zinc-200" />;
  }
  const host = hostOf(src);
  if (!host) {
    return (
      <span className="inline-flex items-center gap-1 text-12 text-zinc-500">
        <ImageOff className="size-3.5" aria-hidden />
        {alt || "Image"} (unsupported address)
      </span>
    );
  }
  return <RemoteImage src={src} alt={alt} host={host} />;
}

function RemoteImage({ src, alt, host }: { src: string; alt: string; host: string }) {
  const [state, setState] = useState<"idle" | "loading" | "failed">("idle");
  if (state === "idle") {
    return (
      <button
        type="button"
        onClick={() => setState("loading")}
        title={src}
        className="my-1 inline-flex items-center gap-1.5 rounded-md border border-dashed border-zinc-300 bg-zinc-50 px-2 py-1 text-12 text-zinc-600 hover:border-zinc-400 hover:text-zinc-900"
      >
        <ImageIcon className="size-3.5" aria-hidden />
        Load image from {host}
      </button>
    );
  }
  if (state === "failed") {
    return (
      <span className="my-1 inline-flex items-center gap-1.5 text-12 text-zinc-500">
        <ImageOff className="size-3.5" aria-hidden />
        The image from {host} did not load (the server&apos;s security policy may block remote images).
        <a href={src} target="_blank" rel="noopener noreferrer nofollow" className="text-brand hover:underline">
          Open in a new tab
        </a>
      </span>
    );
  }
  return (
    // eslint-disable-next-line @next/next/no-img-element -- a remote image the person chose to load
    <img
      src={src}
      alt={alt}
      referrerPolicy="no-referrer"
      onError={() => setState("failed")}
      className="my-1 max-h-80 max-w-full rounded-md"
    />
  );
}

function hostOf(src: string): string | null {
  try {
    const url = new URL(src);
    return url.protocol === "http:" || url.protocol === "https:" ? url.host : null;
  } catch {
    return null;
  }
}
