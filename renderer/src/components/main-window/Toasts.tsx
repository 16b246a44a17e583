// In-page toasts (web harness; ui-spec §1.5): bottom-right, stacked, 5 s (paused on hover),
// never taking focus; a click opens the conversation it is about.
import { l10n } from '../../strings';
import { useCallback } from 'react';
import type { Toast } from '@shared/ipc/events';
import { accountEmail } from '@shared/ipc/account-id';
import { AppMark } from '../../art/AppMark';
import { showConversation } from '../../stores/actions';
import { useSignedInAccounts } from '../../stores/signedInAccounts';
import { useUi } from '../../stores/ui';
import { toastWords } from './toastWords';
import { DismissButton, useDismissAfter } from './transient';
import './Toasts.css';

const TOAST_MS = 5000;

function ToastCard({ toast }: { toast: Toast }): React.JSX.Element {
  const { title, text } = toastWords(toast);
  const dismissToast = useUi((s) => s.dismissToast);
  const dismiss = useCallback(() => dismissToast(toast.id), [dismissToast, toast.id]);
  const hover = useDismissAfter(TOAST_MS, dismiss);
  return (
    <div className="toast" data-kind={toast.kind} {...hover}>
      <div className="toast__title">
        <AppMark size={14} />
        <bdi>{title || l10n.appName}</bdi>
        <DismissButton className="toast__close" onClick={dismiss} />
      </div>
      <button
        type="button"
        className="toast__body"
        onClick={() => {
          dismiss();
          // About another account than the shown one: show that account.
          const { shown, show } = useSignedInAccounts.getState();
          if (toast.account && toast.account !== shown) void show(toast.account);
          else if (toast.conversationId) showConversation(toast.conversationId);
        }}
      >
        <bdi>{text}</bdi>
        {toast.account ? (
          <span className="toast__account">
            {l10n.accounts.toastAccount({ account: accountEmail(toast.account) })}
          </span>
        ) : null}
      </button>
    </div>
  );
}

export function Toasts(): React.JSX.Element {
  const toasts = useUi((s) => s.toasts);
  return (
    // Not live: the app's live region says each toast once (ui-spec §6.2: mirrored).
    <section className="toasts" aria-label={l10n.notices.toasts}>
      {toasts.map((t) => (
        <ToastCard key={t.id} toast={t} />
      ))}
    </section>
  );
}
