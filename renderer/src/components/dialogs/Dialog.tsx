// A classic modal dialog: title strip, grey face, buttons bottom-right. Esc cancels, focus
// starts inside and returns to where it was.
import { useEffect, useId, useRef, useState } from 'react';
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
  // Taken while rendering: by the time effects run, an autoFocus field inside has the focus.
  const [previous] = useState(() => document.activeElement as HTMLElement | null);
  useEffect(() => {
    const first = ref.current?.querySelector<HTMLElement>(
      '[autofocus], input, select, textarea, button:not(.dialog__close)',
    );
    first?.focus();
    return () => {
      // What opened it may be gone (a menu): then the list, else the menu bar.
      const back = previous?.isConnected
        ? previous
        : document.querySelector<HTMLElement>('[data-pane="contacts"], .menu-bar__item');
      back?.focus();
    };
  }, [previous]);
  return (
    <div className="dialog-backdrop">
      <FocusGuard to="last" dialog={ref} />
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
      <FocusGuard to="first" dialog={ref} />
    </div>
  );
}

const TABBABLE =
  'a[href], button:not(:disabled), input:not(:disabled), select:not(:disabled), ' +
  'textarea:not(:disabled), [tabindex]:not([tabindex="-1"])';

function tabbables(dialog: HTMLElement): HTMLElement[] {
  return [...dialog.querySelectorAll<HTMLElement>(TABBABLE)].filter(
    (el) =>
      el.tabIndex >= 0 &&
      el.getClientRects().length > 0 &&
      // One stop per radio group: the checked one (or the first when none is).
      !(
        el instanceof HTMLInputElement &&
        el.type === 'radio' &&
        !el.checked &&
        dialog.querySelector(`input[type="radio"][name="${CSS.escape(el.name)}"]:checked`)
      ),
  );
}

/**
 * Modal: what Tab would reach before or after the dialog is one of these two guards, which
 * send the focus round to the dialog's other end (ui-spec §6.1; the page behind is out of
 * reach while the dialog is open).
 */
function FocusGuard({
  to,
  dialog,
}: {
  to: 'first' | 'last';
  dialog: React.RefObject<HTMLDivElement | null>;
}): React.JSX.Element {
  return (
    <div
      className="dialog__guard"
      tabIndex={0}
      onFocus={() => {
        const all = dialog.current ? tabbables(dialog.current) : [];
        (to === 'first' ? all[0] : all[all.length - 1])?.focus();
      }}
    />
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
