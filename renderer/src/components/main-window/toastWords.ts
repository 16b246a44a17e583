// What a toast says, in the page's language, from the parts main sent (Toast.subject); main's
// own (English) words when it sent none. The toast and the screen readers' line say the same.
import type { Toast } from '@shared/ipc/events';
import { l10n } from '../../strings';
import { isolateText } from '../isolate';

/** The toast in the page's language from its parts; main's English words when it has none. */
export function toastWords(toast: Toast): { title: string; text: string } {
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
