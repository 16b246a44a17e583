// Which alerts an event earns: toast and/or sound (ui-spec §1.5 and §5). Pure: the account
// service gathers the facts, this decides, the desktop layer shows. Names are isolated
// (FSI … PDI): a contact's bidi controls must not reorder the words of the toast.
import { isolateText } from '@shared/bidi';
import type { Status } from '@shared/domain';
import type { Settings } from '@shared/ipc/settings';
import type { SoundName, Toast } from '@shared/ipc/events';

export type AlertTrigger =
  /** A contact went from offline to online after our own sign-in settled. */
  | { kind: 'contactOnline'; name: string }
  | {
      kind: 'message';
      name: string;
      text: string;
      conversationId: string;
      /** First message of a conversation the person has not seen yet. */
      firstOfConversation: boolean;
      /** The conversation is on screen and focused. */
      focused: boolean;
    }
  | { kind: 'mail'; from: string | null; unread: number }
  | { kind: 'nudge'; focused: boolean };

export interface AlertDecision {
  toast: Omit<Toast, 'id'> | null;
  sound: SoundName | null;
}

const NOTHING: AlertDecision = { toast: null, sound: null };

/** The first line of a message, cut for a toast (ui-spec §1.5: ellipsised after ~2 lines). */
export function toastPreview(text: string, max = 80): string {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  return firstLine.length > max ? `${firstLine.slice(0, max - 1)}…` : firstLine;
}

export function decideAlert(
  trigger: AlertTrigger,
  settings: Settings,
  selfStatus: Status | null,
): AlertDecision {
  if (selfStatus === null || selfStatus === 'FLN') return NOTHING;
  // Busy mutes every sound and toast (ui-spec §2, §5).
  if (selfStatus === 'BSY' && settings.muteWhenBusy) return NOTHING;
  const sound = <S extends SoundName>(name: S): S | null => (settings.playSounds ? name : null);

  switch (trigger.kind) {
    case 'contactOnline':
      return {
        toast: settings.alertOnSignIn
          ? {
              kind: 'signIn',
              title: 'Tweener',
              text: `${isolateText(trigger.name)} has just signed in.`,
              subject: { name: trigger.name },
            }
          : null,
        sound: sound('signIn'),
      };
    case 'message':
      if (trigger.focused) return NOTHING;
      return {
        toast:
          trigger.firstOfConversation && settings.alertOnMessage
            ? {
                kind: 'message',
                title: `${isolateText(trigger.name)} says:`,
                text: toastPreview(trigger.text),
                conversationId: trigger.conversationId,
                subject: { name: trigger.name },
              }
            : null,
        sound: sound('message'),
      };
    case 'mail':
      return {
        toast: settings.alertOnMail
          ? {
              kind: 'mail',
              title: 'Tweener',
              text: trigger.from
                ? `New e-mail from ${isolateText(trigger.from)}`
                : `You have ${trigger.unread} new e-mail message${trigger.unread === 1 ? '' : 's'}.`,
              subject: trigger.from ? { name: trigger.from } : { unread: trigger.unread },
            }
          : null,
        sound: sound('mail'),
      };
    case 'nudge':
      return { toast: null, sound: trigger.focused ? null : sound('nudge') };
  }
}
