// Which toasts and sounds an event earns (ui-spec §1.5, §5).
import { describe, expect, it } from 'vitest';
import { decideAlert, toastPreview } from '../../../main/services/account/alert-policy';
import type { AlertTrigger } from '../../../main/services/account/alert-policy';
import { DEFAULT_SETTINGS } from '@shared/ipc/settings';

const signIn: AlertTrigger = { kind: 'contactOnline', name: 'Bob' };
const firstMessage: AlertTrigger = {
  kind: 'message',
  name: 'Bob',
  text: 'hello there\nsecond line',
  conversationId: 'c1',
  firstOfConversation: true,
  focused: false,
};

describe('alert decisions', () => {
  it('a contact signing in: toast and sound', () => {
    expect(decideAlert(signIn, DEFAULT_SETTINGS, 'NLN')).toEqual({
      toast: {
        kind: 'signIn',
        title: 'Tweener',
        text: '\u2068Bob\u2069 has just signed in.',
        subject: { name: 'Bob' },
      },
      sound: 'signIn',
    });
  });

  it('Busy mutes every toast and sound', () => {
    for (const trigger of [
      signIn,
      firstMessage,
      { kind: 'mail', from: null, unread: 2 } as const,
    ]) {
      expect(decideAlert(trigger, DEFAULT_SETTINGS, 'BSY')).toEqual({ toast: null, sound: null });
    }
  });

  it('Busy does not mute when the person switched that off', () => {
    const settings = { ...DEFAULT_SETTINGS, muteWhenBusy: false };
    expect(decideAlert(signIn, settings, 'BSY').sound).toBe('signIn');
  });

  it('nothing while signed out', () => {
    expect(decideAlert(signIn, DEFAULT_SETTINGS, null)).toEqual({ toast: null, sound: null });
    expect(decideAlert(signIn, DEFAULT_SETTINGS, 'FLN')).toEqual({ toast: null, sound: null });
  });

  it('each switch in Options turns off its own alert', () => {
    const noSignIn = { ...DEFAULT_SETTINGS, alertOnSignIn: false };
    expect(decideAlert(signIn, noSignIn, 'NLN')).toEqual({ toast: null, sound: 'signIn' });
    const quiet = { ...DEFAULT_SETTINGS, playSounds: false };
    expect(decideAlert(signIn, quiet, 'NLN').sound).toBeNull();
    const noMessages = { ...DEFAULT_SETTINGS, alertOnMessage: false };
    expect(decideAlert(firstMessage, noMessages, 'NLN').toast).toBeNull();
    const noMail = { ...DEFAULT_SETTINGS, alertOnMail: false };
    expect(decideAlert({ kind: 'mail', from: null, unread: 1 }, noMail, 'NLN').toast).toBeNull();
  });

  it('first message of a conversation: "X says:" with its first line', () => {
    const decision = decideAlert(firstMessage, DEFAULT_SETTINGS, 'AWY');
    expect(decision.toast).toEqual({
      kind: 'message',
      title: '\u2068Bob\u2069 says:',
      text: 'hello there',
      conversationId: 'c1',
      subject: { name: 'Bob' },
    });
    expect(decision.sound).toBe('message');
  });

  it('a further message: sound only; in the focused window: nothing', () => {
    const later = { ...firstMessage, firstOfConversation: false };
    expect(decideAlert(later, DEFAULT_SETTINGS, 'NLN')).toEqual({ toast: null, sound: 'message' });
    const focused = { ...firstMessage, focused: true };
    expect(decideAlert(focused, DEFAULT_SETTINGS, 'NLN')).toEqual({ toast: null, sound: null });
  });

  it('new e-mail wording', () => {
    expect(
      decideAlert({ kind: 'mail', from: null, unread: 1 }, DEFAULT_SETTINGS, 'NLN').toast?.text,
    ).toBe('You have 1 new e-mail message.');
    expect(
      decideAlert({ kind: 'mail', from: 'Carol', unread: 3 }, DEFAULT_SETTINGS, 'NLN').toast?.text,
    ).toBe('New e-mail from \u2068Carol\u2069');
    // The parts, for a page to word in its own language.
    expect(
      decideAlert({ kind: 'mail', from: null, unread: 3 }, DEFAULT_SETTINGS, 'NLN').toast?.subject,
    ).toEqual({ unread: 3 });
    expect(
      decideAlert({ kind: 'mail', from: 'Carol', unread: 3 }, DEFAULT_SETTINGS, 'NLN').toast
        ?.subject,
    ).toEqual({ name: 'Carol' });
  });

  it('cuts a long preview with an ellipsis', () => {
    expect(toastPreview('x'.repeat(200), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});
