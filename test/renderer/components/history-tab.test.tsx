// Options ▸ History: results page in, a result opens its conversation around it, exports
// offer their download, imports show what they found and how far they are.
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../../renderer/src/app/App';
import { useHistory } from '../../../renderer/src/stores/history';
import type { HistoryHit } from '@shared/ipc/history';
import { contact } from '../fakeBridge';
import { connected, fakeLayout } from '../setup';

beforeAll(() => fakeLayout());
afterEach(() => {
  cleanup();
  useHistory.setState({
    query: { text: '', contact: '', from: '', to: '' },
    results: [],
    cursor: null,
    context: null,
    searched: false,
    importPreview: null,
    importProgress: null,
    exported: null,
  });
});

const hit = (n: number): HistoryHit => ({
  contact: 'bob@x.test',
  conversationId: 'c1',
  direction: 'in',
  from: 'bob@x.test',
  fromName: 'Bob',
  text: `message ${n}`,
  time: Date.UTC(2024, 0, 1) + n * 60_000,
  ref: `0:${n * 100}`,
});

async function openHistory() {
  const bridge = await connected({ contacts: [contact('bob@x.test', 'Bob')] });
  render(<App />);
  fireEvent.click(screen.getByRole('button', { name: 'Tools' }));
  fireEvent.click(screen.getByRole('menuitem', { name: 'Options...' }));
  fireEvent.click(screen.getByRole('tab', { name: 'History' }));
  return bridge;
}

describe('history tab', () => {
  it('pages results in with the cursor, keeping the contact and dates', async () => {
    const bridge = await openHistory();
    bridge.answers['history:search'] = (input) =>
      (input as { cursor?: string }).cursor
        ? { hits: [hit(1)], cursor: null }
        : { hits: Array.from({ length: 30 }, (_, i) => hit(40 - i)), cursor: '12' };
    await screen.findByRole('option', { name: 'bob@x.test' });
    fireEvent.change(screen.getByRole('combobox', { name: 'Contact:' }), {
      target: { value: 'bob@x.test' },
    });
    fireEvent.change(screen.getByLabelText('From:'), { target: { value: '2024-01-01' } });
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search history' }), {
      target: { value: '"message 4"' },
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    });
    const first = bridge.last('history:search') as Record<string, unknown>;
    expect(first).toMatchObject({ limit: 30, text: '"message 4"', contact: 'bob@x.test' });
    expect(first.from).toBe(new Date('2024-01-01T00:00:00').getTime());
    const list = screen.getByRole('list', { name: 'Search results' });
    expect(within(list).getAllByRole('button', { name: /message/ })).toHaveLength(30);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'More results' }));
    });
    expect(bridge.last('history:search')).toMatchObject({ cursor: '12', contact: 'bob@x.test' });
    expect(within(list).getAllByRole('button', { name: /message/ })).toHaveLength(31);
    expect(screen.queryByRole('button', { name: 'More results' })).toBeNull();
  });

  it('opens a result in its conversation, marked, with earlier messages on demand', async () => {
    const bridge = await openHistory();
    bridge.answers['history:search'] = () => ({ hits: [hit(5)], cursor: null });
    bridge.answers['history:context'] = (input) => {
      const { ref, before } = input as { ref: string; before: number };
      if (ref === '0:500')
        return { entries: [hit(4), hit(5), hit(6)], at: ref, hasBefore: true, hasAfter: false };
      expect(before).toBeGreaterThan(0);
      return { entries: [hit(2), hit(3), hit(4)], at: ref, hasBefore: false, hasAfter: true };
    };
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: /message 5/ }));
    });
    const log = screen.getByRole('log', { name: 'Conversation' });
    expect(
      within(log)
        .getAllByRole('listitem')
        .map((li) => li.getAttribute('aria-current')),
    ).toEqual([null, 'true', null]);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Earlier messages' }));
    });
    expect(
      within(log)
        .getAllByRole('listitem')
        .map((li) => li.textContent?.match(/message \d/)?.[0]),
    ).toEqual(['message 2', 'message 3', 'message 4', 'message 5', 'message 6']);
    expect(screen.queryByRole('button', { name: 'Earlier messages' })).toBeNull();
  });

  it('exports and offers the download; imports show the preview and progress', async () => {
    const bridge = await openHistory();
    bridge.answers['history:export'] = () => ({
      fileName: 'history-everyone.xml',
      messages: 3,
      downloadUrl: '/received/abc',
    });
    fireEvent.change(screen.getByRole('combobox', { name: 'Format:' }), {
      target: { value: 'xml' },
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    });
    expect(bridge.last('history:export')).toEqual({ format: 'xml' });
    expect(
      screen.getByRole('link', { name: 'Download history-everyone.xml' }).getAttribute('href'),
    ).toBe('/received/abc');

    bridge.answers['history:importChoose'] = () => ({
      importId: 'i1',
      skippedFiles: 0,
      sources: [
        {
          id: 's1',
          format: 'amsn',
          account: 'me',
          contact: 'erin@x.test',
          files: 1,
          messages: 4,
          newMessages: 4,
          first: 1,
          last: 2,
        },
        {
          id: 's2',
          format: 'pidgin-html',
          account: 'me',
          contact: 'dan@x.test',
          files: 1,
          messages: 2,
          newMessages: 2,
          first: 1,
          last: 2,
        },
      ],
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Import from Pidgin or aMSN...' }));
    });
    fireEvent.click(screen.getByRole('checkbox', { name: /dan@x.test/ }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    });
    expect(bridge.last('history:importStart')).toEqual({ importId: 'i1', sources: ['s1'] });
    await act(async () => {
      bridge.emit([
        {
          type: 'historyImport',
          progress: {
            importId: 'i1',
            state: 'running',
            done: 2,
            total: 4,
            imported: 2,
            skipped: 0,
          },
        },
      ]);
    });
    expect(screen.getByText(/Importing… 2 of 4/)).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Cancel Import' }));
    });
    expect(bridge.last('history:importCancel')).toEqual({ importId: 'i1' });
    await act(async () => {
      bridge.emit([
        {
          type: 'historyImport',
          progress: {
            importId: 'i1',
            state: 'cancelled',
            done: 2,
            total: 4,
            imported: 2,
            skipped: 0,
          },
        },
      ]);
    });
    expect(screen.getByText('Import cancelled after 2 messages.')).toBeTruthy();
  });
});
