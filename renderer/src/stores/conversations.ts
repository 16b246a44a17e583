// Conversations store: conversations, their transcripts (messages and system lines), typing
// notices and file transfers. Outgoing messages appear at once as "sending" and end in exactly
// one of delivered / failed (../shared/DESIGN.md, State and IPC).
import { create } from 'zustand';
import type {
  ChatMessage,
  Conversation,
  DeliveryState,
  FileTransfer,
  MessageFormat,
} from '@shared/domain';
import { MAX_SEND_DATA_BYTES } from '@shared/ipc/limits';
import { plainFileName, readAsBase64 } from './fileData';
import { l10n } from '../strings';
import { attempt, call } from './client';
import { useUi } from './ui';
import { announceDeliveryFailure } from './announcer';

export type SystemKind = 'joined' | 'left' | 'nudgeIn' | 'nudgeOut' | 'error';

export type TranscriptEntry =
  | { kind: 'message'; message: ChatMessage }
  | { kind: 'system'; id: string; system: SystemKind; name: string; text?: string; time: number }
  | { kind: 'transfer'; id: string; transferId: string };

export interface Typist {
  name: string;
  at: number;
}

export interface ConversationsStore {
  byId: Record<string, Conversation>;
  transcripts: Record<string, TranscriptEntry[]>;
  typing: Record<string, Record<string, Typist>>;
  transfers: Record<string, FileTransfer>;
  lastReceived: Record<string, number>;
  /** Open (shown) conversations in the web harness, in tab order. */
  open(contacts: string[]): Promise<string | undefined>;
  send(conversationId: string, text: string, format: MessageFormat | null): Promise<void>;
  resend(conversationId: string, messageId: string): Promise<void>;
  sendTyping(conversationId: string): Promise<void>;
  nudge(conversationId: string): Promise<void>;
  invite(conversationId: string, email: string): Promise<void>;
  leave(conversationId: string): Promise<void>;
  /** Electron: main shows its file dialog. */
  sendFile(conversationId: string): Promise<void>;
  /** Web harness: the page read the file the person picked and hands main its bytes. */
  sendFileData(conversationId: string, file: Blob & { name: string }): Promise<void>;
  acceptFile(transferId: string): Promise<void>;
  declineFile(transferId: string): Promise<void>;
  cancelFile(transferId: string): Promise<void>;
  /** Electron: show a received file in the file manager (main looks up the path). */
  revealFile(transferId: string): Promise<void>;
}

let counter = 0;
export function newClientId(): string {
  counter += 1;
  const random = Math.random().toString(36).slice(2, 8);
  return `c-${Date.now().toString(36)}-${counter}-${random}`;
}

export const useConversations = create<ConversationsStore>()(() => ({
  byId: {},
  transcripts: {},
  typing: {},
  transfers: {},
  lastReceived: {},
  async open(contacts) {
    const result = await call('conversations:open', { contacts });
    return result?.conversationId;
  },
  async send(conversationId, text, format) {
    const clientId = newClientId();
    upsertMessage({
      id: clientId,
      conversationId,
      direction: 'out',
      from: '',
      fromName: '',
      text,
      format,
      time: Date.now(),
      state: 'sending',
    });
    await sendToMain(conversationId, clientId, text, format);
  },
  async resend(conversationId, messageId) {
    setMessageState(conversationId, messageId, 'sending');
    // A message main never took (the request itself failed) is sent again from the page.
    const local = findMessage(conversationId, messageId);
    if (local && neverReachedMain.has(messageId)) {
      await sendToMain(conversationId, messageId, local.text, local.format);
      return;
    }
    if (!(await attempt('conversations:resend', { conversationId, messageId }))) {
      setMessageState(conversationId, messageId, 'failed');
    }
  },
  async sendTyping(conversationId) {
    await call('conversations:typing', { conversationId });
  },
  async nudge(conversationId) {
    await call('conversations:nudge', { conversationId });
  },
  async invite(conversationId, email) {
    await call('conversations:invite', { conversationId, email });
  },
  async leave(conversationId) {
    await call('conversations:leave', { conversationId });
  },
  async sendFile(conversationId) {
    await call('files:send', { conversationId });
  },
  async sendFileData(conversationId, file) {
    if (file.size > MAX_SEND_DATA_BYTES) {
      useUi.getState().notify('error', l10n.transfer.tooLarge({ file: file.name }));
      return;
    }
    let data: string;
    try {
      data = await readAsBase64(file);
    } catch {
      useUi.getState().notify('error', l10n.transfer.unreadable({ file: file.name }));
      return;
    }
    await call('files:sendData', { conversationId, fileName: plainFileName(file.name), data });
  },
  async acceptFile(transferId) {
    await call('files:accept', { transferId });
  },
  async declineFile(transferId) {
    await call('files:decline', { transferId });
  },
  async revealFile(transferId) {
    await call('files:reveal', { transferId });
  },
  async cancelFile(transferId) {
    await call('files:cancel', { transferId });
  },
}));

/** Ids of my messages whose send request main refused: only the page has their text. */
const neverReachedMain = new Set<string>();

async function sendToMain(
  conversationId: string,
  clientId: string,
  text: string,
  format: MessageFormat | null,
): Promise<void> {
  let why = '';
  const ok = await attempt(
    'conversations:send',
    { conversationId, clientId, text, format },
    (m) => {
      why = m;
    },
  );
  if (ok) {
    neverReachedMain.delete(clientId);
  } else if (!isSettled(conversationId, clientId)) {
    // The text stays in the transcript, marked failed with the reason, for Resend.
    neverReachedMain.add(clientId);
    setMessageState(conversationId, clientId, 'failed', why);
    announceDeliveryFailure(conversationId, text);
  }
}

function findMessage(conversationId: string, messageId: string): ChatMessage | undefined {
  const entry = useConversations
    .getState()
    .transcripts[conversationId]?.find((e) => e.kind === 'message' && e.message.id === messageId);
  return entry?.kind === 'message' ? entry.message : undefined;
}

function isSettled(conversationId: string, messageId: string): boolean {
  const entry = useConversations
    .getState()
    .transcripts[conversationId]?.find((e) => e.kind === 'message' && e.message.id === messageId);
  return entry?.kind === 'message' && entry.message.state !== 'sending';
}

function appendEntry(conversationId: string, entry: TranscriptEntry): void {
  useConversations.setState((s) => ({
    transcripts: {
      ...s.transcripts,
      [conversationId]: [...(s.transcripts[conversationId] ?? []), entry],
    },
  }));
}

export function upsertConversation(conversation: Conversation): void {
  useConversations.setState((s) => ({ byId: { ...s.byId, [conversation.id]: conversation } }));
}

/** Adds or replaces a message (main echoes our own outgoing messages with the same id). */
export function upsertMessage(message: ChatMessage): void {
  useConversations.setState((s) => {
    const list = s.transcripts[message.conversationId] ?? [];
    const index = list.findIndex((e) => e.kind === 'message' && e.message.id === message.id);
    const next = [...list];
    if (index >= 0) {
      const prev = next[index];
      // Keep a settled state if the echo is older than the settle event.
      const state =
        prev?.kind === 'message' && prev.message.state !== 'sending' && message.state === 'sending'
          ? prev.message.state
          : message.state;
      next[index] = { kind: 'message', message: { ...message, ...(state ? { state } : {}) } };
    } else {
      next.push({ kind: 'message', message });
    }
    const typing = { ...s.typing };
    if (message.direction === 'in' && typing[message.conversationId]?.[message.from]) {
      const forConv = { ...typing[message.conversationId] };
      delete forConv[message.from];
      typing[message.conversationId] = forConv;
    }
    const lastReceived =
      message.direction === 'in'
        ? { ...s.lastReceived, [message.conversationId]: message.time }
        : s.lastReceived;
    return {
      transcripts: { ...s.transcripts, [message.conversationId]: next },
      typing,
      lastReceived,
    };
  });
}

export function setMessageState(
  conversationId: string,
  messageId: string,
  state: DeliveryState,
  error?: string,
): void {
  useConversations.setState((s) => {
    const list = s.transcripts[conversationId];
    if (!list) return s;
    const next = list.map((e) =>
      e.kind === 'message' && e.message.id === messageId
        ? {
            kind: 'message' as const,
            message: { ...e.message, state, ...(error !== undefined ? { error } : {}) },
          }
        : e,
    );
    return { transcripts: { ...s.transcripts, [conversationId]: next } };
  });
}

let systemCounter = 0;
export function addSystemLine(
  conversationId: string,
  system: SystemKind,
  name: string,
  text?: string,
): void {
  systemCounter += 1;
  appendEntry(conversationId, {
    kind: 'system',
    id: `s-${systemCounter}`,
    system,
    name,
    time: Date.now(),
    ...(text !== undefined ? { text } : {}),
  });
}

export function setTyping(
  conversationId: string,
  email: string,
  name: string,
  at = Date.now(),
): void {
  useConversations.setState((s) => ({
    typing: {
      ...s.typing,
      [conversationId]: { ...s.typing[conversationId], [email]: { name, at } },
    },
  }));
}

export function upsertTransfer(transfer: FileTransfer): void {
  const known = useConversations.getState().transfers[transfer.id];
  useConversations.setState((s) => ({ transfers: { ...s.transfers, [transfer.id]: transfer } }));
  if (!known) {
    appendEntry(transfer.conversationId, {
      kind: 'transfer',
      id: `t-${transfer.id}`,
      transferId: transfer.id,
    });
  }
}

/** Replaces everything from a snapshot. */
export function resetConversations(
  conversations: Conversation[],
  messages: ChatMessage[],
  transfers: FileTransfer[],
): void {
  const byId: Record<string, Conversation> = {};
  for (const c of conversations) byId[c.id] = c;
  const transcripts: Record<string, TranscriptEntry[]> = {};
  const lastReceived: Record<string, number> = {};
  for (const m of [...messages].sort((a, b) => a.time - b.time)) {
    (transcripts[m.conversationId] ??= []).push({ kind: 'message', message: m });
    if (m.direction === 'in') lastReceived[m.conversationId] = m.time;
  }
  const transferMap: Record<string, FileTransfer> = {};
  for (const t of transfers) {
    transferMap[t.id] = t;
    (transcripts[t.conversationId] ??= []).push({
      kind: 'transfer',
      id: `t-${t.id}`,
      transferId: t.id,
    });
  }
  neverReachedMain.clear();
  useConversations.setState({
    byId,
    transcripts,
    typing: {},
    transfers: transferMap,
    lastReceived,
  });
}

/** Takes main's state on top of ours: known entries updated, missed ones appended in order. */
export function mergeConversations(
  conversations: Conversation[],
  messages: ChatMessage[],
  transfers: FileTransfer[],
): void {
  for (const c of conversations) upsertConversation(c);
  for (const m of [...messages].sort((a, b) => a.time - b.time)) upsertMessage(m);
  for (const t of transfers) upsertTransfer(t);
}

/** Names typing now (a notice lasts ~6 s after the last one, ../shared/ui-spec.md §1.4.6). */
export const TYPING_TTL_MS = 6000;
export function activeTypists(typing: Record<string, Typist> | undefined, now: number): string[] {
  if (!typing) return [];
  return Object.values(typing)
    .filter((t) => now - t.at < TYPING_TTL_MS)
    .map((t) => t.name);
}
