"use client";

import { ZUpdateFeedbackSettings } from "@spanlight/core";
import type { TFeedbackSettings } from "@spanlight/core";
import { useState } from "react";
import type { FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { CardContent, CardFooter } from "@/components/ui/card";
import { Label } from "@/components/ui/label";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { inputClasses } from "@/components/ui/input";
import { cn } from "@/lib/utils";
import { useUpdateFeedbackSettings } from "../hooks/use-update-feedback-settings";

type TFieldErrors = Partial<Record<"allowedOrigins" | "ratePerMinute", string>>;

/** Reads the form: origins one per line, the switch, the rate; zod says what is wrong and where. */
function readForm(form: HTMLFormElement) {
  const data = new FormData(form);
  const origins = String(data.get("allowedOrigins") ?? "")
    .split(/\s+/)
    .map((origin) => origin.trim())
    .filter(Boolean);
  return ZUpdateFeedbackSettings.safeParse({
    allowedOrigins: origins,
    isPublicKeyFeedbackEnabled: data.get("isPublicKeyFeedbackEnabled") === "on",
    ratePerMinute: Number(data.get("ratePerMinute")),
  });
}

/** The project's browser-feedback settings (owners and admins). */
export function FeedbackSettingsForm({ projectId, settings }: { projectId: string; settings: TFeedbackSettings }) {
  const { run, isPending, error } = useUpdateFeedbackSettings();
  const [fieldErrors, setFieldErrors] = useState<TFieldErrors>({});
  const [isSaved, setIsSaved] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setIsSaved(false);
    const parsed = readForm(event.currentTarget);
    if (!parsed.success) {
      const errors: TFieldErrors = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] === "allowedOrigins" ? "allowedOrigins" : "ratePerMinute";
        errors[field] ??= issue.message;
      }
      setFieldErrors(errors);
      return;
    }
    setFieldErrors({});
    const outcome = await run({ projectId, patch: parsed.data });
    setIsSaved(outcome.isOk);
  }

  return (
    <form onSubmit={onSubmit} onChange={() => setIsSaved(false)} noValidate>
      <CardContent className="flex flex-col gap-5">
        <div className="flex max-w-xl flex-col gap-1.5">
          <Label htmlFor="field-allowedOrigins">Allowed origins</Label>
          <textarea
            id="field-allowedOrigins"
            name="allowedOrigins"
            rows={3}
            defaultValue={settings.allowedOrigins.join("\n")}
            placeholder="https://app.example.com"
            spellCheck={false}
            aria-invalid={fieldErrors.allowedOrigins ? true : undefined}
            aria-describedby="field-allowedOrigins-message"
            className={cn(inputClasses, "h-auto py-2 font-mono text-12")}
          />
          <p
            id="field-allowedOrigins-message"
            className={cn("text-12", fieldErrors.allowedOrigins ? "text-red-600" : "text-zinc-500")}
          >
            {fieldErrors.allowedOrigins ??
              "One origin per line. Browsers on other origins are refused; leave empty to allow any."}
          </p>
        </div>
        <label className="flex max-w-xl items-start gap-3">
          <input
            type="checkbox"
            name="isPublicKeyFeedbackEnabled"
            defaultChecked={settings.isPublicKeyFeedbackEnabled}
            className="mt-0.5 size-4 accent-brand"
          />
          <span className="flex flex-col gap-0.5">
            <span className="text-13 font-medium text-zinc-800">Accept feedback sent with the public key</span>
            <span className="text-12 text-zinc-500">
              Off: only signed feedback tokens work, each limited to the one trace or span your server issued it for.
            </span>
          </span>
        </label>
        <TextField
          name="ratePerMinute"
          label="Feedback per minute from one address"
          type="number"
          min={1}
          max={10_000}
          defaultValue={settings.ratePerMinute}
          error={fieldErrors.ratePerMinute}
          hint="Over this, a browser is answered 429 with Retry-After."
          className="max-w-xs"
        />
        {error ? <Alert className="max-w-xl">{error}</Alert> : null}
      </CardContent>
      <CardFooter className="justify-between">
        <span role="status" className="text-12 text-emerald-600">
          {isSaved ? "Saved" : ""}
        </span>
        <SubmitButton isLoading={isPending}>Save</SubmitButton>
      </CardFooter>
    </form>
  );
}
