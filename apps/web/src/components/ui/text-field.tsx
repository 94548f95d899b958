import type { ComponentProps, ReactNode } from "react";
import { cn } from "@/lib/utils";
import { Input } from "./input";
import { Label } from "./label";

type TTextFieldProps = Omit<ComponentProps<"input">, "id" | "name"> & {
  name: string;
  label: string;
  error?: string;
  hint?: ReactNode;
  /** Something at the right of the label row, e.g. a "Forgot?" link. */
  labelAside?: ReactNode;
  id?: string;
};

/** Label, input, and the hint or the error under it, wired for screen readers. */
export function TextField({ name, label, error, hint, labelAside, id, className, ...props }: TTextFieldProps) {
  const inputId = id ?? `field-${name}`;
  const messageId = `${inputId}-message`;
  const message = error ?? hint;
  return (
    <div className={cn("flex flex-col gap-1.5", className)}>
      <div className="flex items-center justify-between">
        <Label htmlFor={inputId}>{label}</Label>
        {labelAside}
      </div>
      <Input
        id={inputId}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={message ? messageId : undefined}
        {...props}
      />
      {message ? (
        <p id={messageId} className={cn("text-12", error ? "text-red-600" : "text-zinc-500")}>
          {message}
        </p>
      ) : null}
    </div>
  );
}
