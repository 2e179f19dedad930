import type { ReactNode } from 'react';
import * as RadixDialog from '@radix-ui/react-dialog';
import { X } from 'lucide-react';

interface DialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  description?: ReactNode;
  children: ReactNode;
  /**
   * False for dialogs that need an explicit answer (re-signing in): Escape, clicking outside and
   * the close button are off, and the dialog's own buttons are the ways out.
   */
  dismissible?: boolean;
  /** The id of the control to focus on opening, when it isn't the first one (a prefilled e-mail, say). */
  initialFocusId?: string;
}

/** A modal dialog: focus trapped inside, returned on close, the page behind inert. */
export function Dialog({
  open,
  onOpenChange,
  title,
  description,
  children,
  dismissible = true,
  initialFocusId,
}: DialogProps) {
  const block = (event: Event) => {
    if (!dismissible) event.preventDefault();
  };
  return (
    <RadixDialog.Root open={open} onOpenChange={onOpenChange}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="fixed inset-0 z-40 bg-slate-900/60" />
        <RadixDialog.Content
          onOpenAutoFocus={(event) => {
            const target = initialFocusId ? document.getElementById(initialFocusId) : null;
            if (!target) return;
            event.preventDefault();
            target.focus();
          }}
          onEscapeKeyDown={block}
          onInteractOutside={block}
          className="fixed top-1/2 left-1/2 z-50 max-h-[calc(100dvh-2rem)] w-[calc(100vw-2rem)] max-w-lg -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-lg bg-white p-5 shadow-xl sm:p-6"
        >
          <div className="flex items-start justify-between gap-4">
            <RadixDialog.Title className="text-xl font-bold text-slate-900">{title}</RadixDialog.Title>
            {dismissible && (
              <RadixDialog.Close className="-m-1 rounded p-1 text-slate-600 hover:bg-slate-100 hover:text-slate-900">
                <X aria-hidden="true" className="size-5" />
                <span className="sr-only">Close</span>
              </RadixDialog.Close>
            )}
          </div>
          {description ? (
            <RadixDialog.Description className="mt-2 text-slate-700">{description}</RadixDialog.Description>
          ) : (
            <RadixDialog.Description className="sr-only">{title}</RadixDialog.Description>
          )}
          <div className="mt-5">{children}</div>
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}
