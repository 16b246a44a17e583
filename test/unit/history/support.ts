// Shared by the history tests: entries, and a store in a fresh folder.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HistoryEntry } from '@shared/ipc/events';

export const historyDir = (): Promise<string> => mkdtemp(join(tmpdir(), 'tweener-history-'));

export const entry = (
  contact: string,
  text: string,
  time: number,
  extra: Partial<HistoryEntry> = {},
): HistoryEntry => ({
  contact,
  conversationId: `c-${contact}`,
  direction: 'in',
  from: contact,
  fromName: contact.split('@')[0]!,
  text,
  time,
  ...extra,
});
