// Notices for the person (request failures, server messages, "X is offline..."): a polite live
// region at the bottom of the window, dismissable, fading out on their own after a while
// (not while the pointer rests on one: there may be words to read).
import { useCallback } from 'react';
import type { Notice } from '../../stores/ui';
import { useUi } from '../../stores/ui';
import { DismissButton, useDismissAfter } from './transient';

const NOTICE_MS = 8000;

function NoticeLine({ notice }: { notice: Notice }): React.JSX.Element {
  const dismissNotice = useUi((s) => s.dismissNotice);
  const dismiss = useCallback(() => dismissNotice(notice.id), [dismissNotice, notice.id]);
  const hover = useDismissAfter(NOTICE_MS, dismiss);
  return (
    <div className={`notice notice--${notice.level}`} {...hover}>
      <bdi>{notice.text}</bdi>
      {notice.action ? (
        <button
          type="button"
          className="button"
          onClick={() => {
            dismiss();
            notice.action?.run();
          }}
        >
          {notice.action.label}
        </button>
      ) : null}
      <DismissButton className="notice__close" onClick={dismiss} />
    </div>
  );
}

export function Notices(): React.JSX.Element {
  const notices = useUi((s) => s.notices);
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((n) => (
        <NoticeLine key={n.id} notice={n} />
      ))}
    </div>
  );
}
