"use client";

import type { ReactNode } from "react";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogBody,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";

type TConfirmDialogProps = {
  triggerLabel: string;
  triggerAriaLabel: string;
  title: string;
  description: ReactNode;
  confirmLabel: string;
  /** What is about to be removed, shown in the dialog's body. */
  children?: ReactNode;
  isPending: boolean;
  error: string | null;
  /** Resolves true when done: the dialog then closes. */
  onConfirm: () => Promise<boolean>;
  /** Called when the dialog closes, to clear a previous error. */
  onClose: () => void;
};

/** A destructive action behind a confirmation: a ghost trigger button, then a dialog with Cancel and the action. */
export function ConfirmDialog(props: TConfirmDialogProps) {
  const [isOpen, setIsOpen] = useState(false);

  async function onConfirm() {
    if (await props.onConfirm()) setIsOpen(false);
  }

  return (
    <Dialog
      open={isOpen}
      onOpenChange={(open) => {
        setIsOpen(open);
        if (!open) props.onClose();
      }}
    >
      <DialogTrigger asChild>
        <Button variant="destructive-ghost" size="sm" aria-label={props.triggerAriaLabel}>
          {props.triggerLabel}
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{props.title}</DialogTitle>
          <DialogDescription>{props.description}</DialogDescription>
        </DialogHeader>
        {props.children || props.error ? (
          <DialogBody>
            {props.children}
            {props.error ? <Alert>{props.error}</Alert> : null}
          </DialogBody>
        ) : null}
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="ghost">Cancel</Button>
          </DialogClose>
          <Button variant="destructive" isLoading={props.isPending} onClick={() => void onConfirm()}>
            {props.confirmLabel}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
