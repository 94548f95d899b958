import { GeistMono } from "geist/font/mono";
import { GeistSans } from "geist/font/sans";
import type { Metadata } from "next";
import { cookies, headers } from "next/headers";
import type { ReactNode } from "react";
import { parseTheme, THEME_COOKIE } from "@/features/theme";
import { TimeZoneProvider } from "@/hooks/use-time-zone";
import { parseTimeZoneMode, TIME_ZONE_COOKIE } from "@/lib/time-zone";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Spanlight", template: "%s · Spanlight" },
  description: "Observability for LLM pipelines",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Reading the request makes every page render per request, so each gets the proxy's fresh CSP
  // nonce (a page prerendered at build time would carry scripts without one, and be blocked).
  await headers();
  const cookieStore = await cookies();
  const theme = parseTheme(cookieStore.get(THEME_COOKIE)?.value);
  const timeZone = parseTimeZoneMode(cookieStore.get(TIME_ZONE_COOKIE)?.value);
  return (
    <html lang="en" data-theme={theme} className={`${GeistSans.variable} ${GeistMono.variable}`}>
      <body className="min-h-screen bg-zinc-50 font-sans text-zinc-900 antialiased">
        <TimeZoneProvider initialMode={timeZone}>{children}</TimeZoneProvider>
      </body>
    </html>
  );
}
