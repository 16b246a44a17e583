// A conversation (ui-spec §1.4): toolbar (Invite, Send Files, Block at the far right), To: line,
// transcript, formatting bar (Font, Emoticons, Nudge), input and Send, status bar.
// Its own window in Electron; a docked panel in the web harness.
import { useEffect, useRef, useState } from 'react';
import { isBlocked, useContacts } from '../../stores/contacts';
import { closeConversationView } from '../../stores/actions';
import { useConversations } from '../../stores/conversations';
import { takeConversationFocus } from '../../stores/conversationFocus';
import { useUi } from '../../stores/ui';
import { l10n } from '../../strings';
import { emoticonSrc } from '../../emoticons/art';
import type { ComposerHandle } from './Composer';
import { Composer } from './Composer';
import { ConversationHistory } from './ConversationHistory';
import { EmoticonPicker } from './EmoticonPicker';
import { FindBar } from './FindBar';
import { FontDialog } from './FontDialog';
import { InvitePicker } from './InvitePicker';
import { SendFileButton } from './SendFileButton';
import { StatusBar } from './StatusBar';
import { ToLine } from './ToLine';
import { Transcript } from './Transcript';
import './ConversationWindow.css';

const NO_ONE: string[] = [];
const SHAKE_MS = 500;

export function ConversationWindow({
  conversationId,
  focusOnOpen = false,
}: {
  conversationId: string;
  /** Its own window (Electron): the input has the focus whenever the window has it. */
  focusOnOpen?: boolean;
}): React.JSX.Element {
  const conversation = useConversations((s) => s.byId[conversationId]);
  const participants = conversation?.participants ?? NO_ONE;
  const first = participants[0] ?? '';
  const firstContact = useContacts((s) => s.byEmail[first]);
  const blocked = firstContact ? isBlocked(firstContact) : false;
  const block = useContacts((s) => s.block);
  const unblock = useContacts((s) => s.unblock);
  const nudge = useConversations((s) => s.nudge);
  const invite = useConversations((s) => s.invite);
  const shakeAt = useUi((s) => s.shakeAt);
  const composer = useRef<ComposerHandle>(null);
  const [picker, setPicker] = useState(false);
  const [fontOpen, setFontOpen] = useState(false);
  const [findOpen, setFindOpen] = useState(false);
  const [inviteAt, setInviteAt] = useState<{ x: number; y: number } | null>(null);
  const [historyOpen, setHistoryOpen] = useState(false);
  const sectionRef = useRef<HTMLElement>(null);

  useEffect(() => {
    if (focusOnOpen || takeConversationFocus(conversationId)) composer.current?.focus();
    // Once, when it shows.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // A nudge shakes the window ±6 px for 0.5 s (ui-spec §5); reduced motion turns it off in CSS.
  useEffect(() => {
    const el = sectionRef.current;
    if (!el || !shakeAt || Date.now() - shakeAt > SHAKE_MS) return;
    el.classList.add('conversation--shaking');
    const timer = setTimeout(() => el.classList.remove('conversation--shaking'), SHAKE_MS);
    return () => {
      clearTimeout(timer);
      el.classList.remove('conversation--shaking');
    };
  }, [shakeAt]);

  const onKeyDown = (event: React.KeyboardEvent): void => {
    if (event.defaultPrevented) return;
    if (event.key === 'Escape' && !picker && !fontOpen && !inviteAt)
      closeConversationView(conversationId);
    else if (event.ctrlKey && event.key.toLowerCase() === 'f') setFindOpen(true);
    else if (event.ctrlKey && event.key.toLowerCase() === 'e') setPicker((v) => !v);
    else if (event.ctrlKey && event.key.toLowerCase() === 'd') setFontOpen(true);
    else return;
    event.preventDefault();
  };

  return (
    <section
      ref={sectionRef}
      className="conversation"
      aria-label={l10n.conversation.title({ names: participants.map((p) => p).join(', ') })}
      onKeyDown={onKeyDown}
      data-conversation={conversationId}
    >
      <div className="conversation__toolbar" role="toolbar" aria-label={l10n.conversation.toolbar}>
        <button
          type="button"
          className="tool-button"
          onClick={(e) => {
            const r = e.currentTarget.getBoundingClientRect();
            setInviteAt({ x: r.left, y: r.bottom });
          }}
        >
          {l10n.conversation.invite}
        </button>
        <SendFileButton conversationId={conversationId} />
        {first ? (
          <button
            type="button"
            className="tool-button"
            aria-pressed={historyOpen}
            onClick={() => setHistoryOpen((v) => !v)}
          >
            {l10n.conversation.history}
          </button>
        ) : null}
        <span className="conversation__spacer" />
        {first ? (
          <button
            type="button"
            className="tool-button tool-button--block"
            aria-pressed={blocked}
            onClick={() => void (blocked ? unblock(first) : block(first))}
          >
            {blocked ? l10n.conversation.unblock : l10n.conversation.block}
          </button>
        ) : null}
      </div>
      <ToLine participants={participants} />
      {conversation?.error ? (
        <div className="conversation__error" role="alert">
          {conversation.error}
        </div>
      ) : null}
      {findOpen ? (
        <FindBar
          transcript={() => sectionRef.current?.querySelector<HTMLElement>('[role="log"]') ?? null}
          onClose={() => {
            setFindOpen(false);
            composer.current?.focus();
          }}
        />
      ) : null}
      {historyOpen && first ? <ConversationHistory contact={first} /> : null}
      <Transcript conversationId={conversationId} />
      <div className="formatting-bar">
        <button type="button" className="tool-button" onClick={() => setFontOpen(true)}>
          <span className="formatting-bar__a" aria-hidden="true">
            A
          </span>{' '}
          {l10n.conversation.font}
        </button>
        <button
          type="button"
          className="tool-button"
          aria-expanded={picker}
          onClick={() => setPicker((v) => !v)}
        >
          <img src={emoticonSrc('smile')} alt="" width={16} height={16} />{' '}
          {l10n.conversation.emoticons} ▾
        </button>
        <button type="button" className="tool-button" onClick={() => void nudge(conversationId)}>
          {l10n.conversation.nudge}
        </button>
        {picker ? (
          <EmoticonPicker
            onPick={(shortcut) => {
              setPicker(false);
              composer.current?.insert(shortcut);
            }}
            onClose={() => {
              setPicker(false);
              composer.current?.focus();
            }}
          />
        ) : null}
      </div>
      <Composer ref={composer} conversationId={conversationId} />
      <StatusBar conversationId={conversationId} />
      {fontOpen ? (
        <FontDialog
          onClose={() => {
            setFontOpen(false);
            composer.current?.focus();
          }}
        />
      ) : null}
      {inviteAt ? (
        <InvitePicker
          participants={participants}
          x={inviteAt.x}
          y={inviteAt.y}
          onPick={(email) => void invite(conversationId, email)}
          onClose={() => setInviteAt(null)}
        />
      ) : null}
    </section>
  );
}
