// A classic modal dialog: title strip, grey face, buttons bottom-right. Esc cancels, focus
// starts inside and returns to where it was.
import { useEffect, useId, useRef } from 'react';
import { l10n } from '../../strings';
import './Dialog.css';

interface Props {
  title: string;
  onClose: () => void;
  children: React.ReactNode;
  buttons: React.ReactNode;
  wide?: boolean;
}

export function Dialog({
  title,
  onClose,
  children,
  buttons,
  wide = false,
}: Props): React.JSX.Element {
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    const first = ref.current?.querySelector<HTMLElement>(
      '[autofocus], input, select, textarea, button:not(.dialog__close)',
    );
    first?.focus();
    return () => previous?.focus?.();
  }, []);
  return (
    <div className="dialog-backdrop">
      <div
        ref={ref}
        className={`dialog${wide ? ' dialog--wide' : ''}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            onClose();
          }
        }}
      >
        <div className="dialog__title">
          <span id={titleId}>{title}</span>
          <button
            type="button"
            className="dialog__close"
            aria-label={l10n.dialogs.close}
            onClick={onClose}
          >
            ×
          </button>
        </div>
        <div className="dialog__body">{children}</div>
        <div className="dialog__buttons">{buttons}</div>
      </div>
    </div>
  );
}

/** Why the dialog's action did not work, in words, inside the dialog (nothing typed is lost). */
export function DialogProblem({ problem }: { problem: string | null }): React.JSX.Element | null {
  return problem ? (
    <p className="dialog__problem" role="alert">
      {problem}
    </p>
  ) : null;
}

/** A Yes/No question (delete a contact, delete a group): Yes closes, then does it. */
export function ConfirmDialog({
  onYes,
  onClose,
  children,
}: {
  onYes: () => void;
  onClose: () => void;
  children: React.ReactNode;
}): React.JSX.Element {
  return (
    <Dialog
      title={l10n.appName}
      onClose={onClose}
      buttons={
        <>
          <button
            type="button"
            className="button"
            onClick={() => {
              onClose();
              onYes();
            }}
          >
            {l10n.dialogs.yes}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {l10n.dialogs.no}
          </button>
        </>
      }
    >
      {children}
    </Dialog>
  );
}

/** The buttons of a dialog that holds one form: submit it, or cancel. */
export function FormButtons({
  form,
  label,
  disabled,
  onCancel,
}: {
  form: string;
  label: string;
  disabled: boolean;
  onCancel: () => void;
}): React.JSX.Element {
  return (
    <>
      <button type="submit" form={form} className="button" disabled={disabled}>
        {label}
      </button>
      <button type="button" className="button" onClick={onCancel}>
        {l10n.dialogs.cancel}
      </button>
    </>
  );
}
