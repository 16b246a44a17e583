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
import { isolateText } from '../isolate';
import { DismissButton, useDismissAfter } from './transient';
import './Toasts.css';

const TOAST_MS = 5000;

/** The toast in the page's language from its parts; main's English words when it has none. */
function worded(toast: Toast): { title: string; text: string } {
  const name = toast.subject?.name;
  const unread = toast.subject?.unread;
  // Names stay isolated (FSI … PDI) as main isolates them: their bidi controls must not
  // reorder the words around them.
  switch (toast.kind) {
    case 'signIn':
      if (name === undefined) break;
      return {
        title: l10n.appName,
        text: l10n.notices.signedInToast({ name: isolateText(name) }),
      };
    case 'message':
      if (name === undefined) break;
      return { title: l10n.conversation.says({ name: isolateText(name) }), text: toast.text };
    case 'mail':
      if (name !== undefined) {
        return { title: l10n.appName, text: l10n.notices.mailFrom({ from: isolateText(name) }) };
      }
      if (unread !== undefined)
        return { title: l10n.appName, text: l10n.notices.mailCount({ n: unread }) };
      break;
  }
  return { title: toast.title, text: toast.text };
}

function ToastCard({ toast }: { toast: Toast }): React.JSX.Element {
  const { title, text } = worded(toast);
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
