// Notices for the person (request failures, server messages, "X is offline..."): a polite live
// region at the bottom of the window, dismissable, fading out on their own after a while.
import { useEffect } from 'react';
import { useUi } from '../../stores/ui';
import { en } from '../../strings/en';

const NOTICE_MS = 8000;

export function Notices(): React.JSX.Element {
  const notices = useUi((s) => s.notices);
  const dismiss = useUi((s) => s.dismissNotice);
  useEffect(() => {
    if (notices.length === 0) return;
    const oldest = notices[0];
    const timer = setTimeout(() => oldest && dismiss(oldest.id), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notices, dismiss]);
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice--${n.level}`}>
          <span>{n.text}</span>
          {n.action ? (
            <button
              type="button"
              className="button"
              onClick={() => {
                dismiss(n.id);
                n.action?.run();
              }}
            >
              {n.action.label}
            </button>
          ) : null}
          <button
            type="button"
            className="notice__close"
            aria-label={en.notices.dismiss}
            onClick={() => dismiss(n.id)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
