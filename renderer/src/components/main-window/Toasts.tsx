// In-page toasts (web harness; ui-spec §1.5): bottom-right, stacked, 5 s (paused on hover),
// never taking focus; a click opens the conversation it is about.
import { useEffect, useState } from 'react';
import type { Toast } from '../../../../shared/ipc/events';
import { AppMark } from '../../art/AppMark';
import { showConversation } from '../../stores/actions';
import { useUi } from '../../stores/ui';
import { en } from '../../strings/en';
import './Toasts.css';

const TOAST_MS = 5000;

function ToastCard({ toast }: { toast: Toast }): React.JSX.Element {
  const dismiss = useUi((s) => s.dismissToast);
  const [hovered, setHovered] = useState(false);
  useEffect(() => {
    if (hovered) return;
    const timer = setTimeout(() => dismiss(toast.id), TOAST_MS);
    return () => clearTimeout(timer);
  }, [hovered, dismiss, toast.id]);
  return (
    <div
      className="toast"
      data-kind={toast.kind}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
    >
      <div className="toast__title">
        <AppMark size={14} />
        <span>{toast.title || en.appName}</span>
        <button
          type="button"
          className="toast__close"
          aria-label={en.notices.dismiss}
          onClick={() => dismiss(toast.id)}
        >
          ×
        </button>
      </div>
      <button
        type="button"
        className="toast__body"
        onClick={() => {
          dismiss(toast.id);
          if (toast.conversationId) showConversation(toast.conversationId);
        }}
      >
        {toast.text}
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
