// In-page toasts (web harness; ui-spec §1.5): bottom-right, stacked, 5 s (paused on hover),
// never taking focus; a click opens the conversation it is about.
import { useCallback } from 'react';
import type { Toast } from '@shared/ipc/events';
import { AppMark } from '../../art/AppMark';
import { showConversation } from '../../stores/actions';
import { useUi } from '../../stores/ui';
import { l10n } from '../../strings';
import { DismissButton, useDismissAfter } from './transient';
import './Toasts.css';

const TOAST_MS = 5000;

function ToastCard({ toast }: { toast: Toast }): React.JSX.Element {
  const dismissToast = useUi((s) => s.dismissToast);
  const dismiss = useCallback(() => dismissToast(toast.id), [dismissToast, toast.id]);
  const hover = useDismissAfter(TOAST_MS, dismiss);
  return (
    <div className="toast" data-kind={toast.kind} {...hover}>
      <div className="toast__title">
        <AppMark size={14} />
        <bdi>{toast.title || l10n.appName}</bdi>
        <DismissButton className="toast__close" onClick={dismiss} />
      </div>
      <button
        type="button"
        className="toast__body"
        onClick={() => {
          dismiss();
          if (toast.conversationId) showConversation(toast.conversationId);
        }}
      >
        <bdi>{toast.text}</bdi>
      </button>
    </div>
  );
}

export function Toasts(): React.JSX.Element {
  const toasts = useUi((s) => s.toasts);
  return (
    <div className="toasts" role="status" aria-live="polite">
      {toasts.map((t) => (
        <ToastCard key={t.id} toast={t} />
      ))}
    </div>
  );
}
