// Every string a contact or a server chose is isolated where it is shown: in a <bdi> of its
// own (exactly that string, not the sentence around it), or, in plain-text places (the
// window title, tooltips), between FSI and PDI with its own bidi controls dropped. So a
// U+202E in a name cannot turn "invoice[U+202E]fdp.exe" into "invoiceexe.pdf" around it,
// nor move the Accept/Decline buttons.
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../../renderer/src/app/App';
import { useUi } from '../../../renderer/src/stores/ui';
import type { ChatMessage } from '@shared/domain';
import { contact, receivedFile } from '../fakeBridge';
import { connected, fakeLayout } from '../setup';

beforeAll(() => fakeLayout());
afterEach(() => {
  cleanup();
  window.location.hash = '';
});

const RLO = '\u202E';
const NAME = `Bob${RLO}evil`;
const FILE = `invoice${RLO}fdp.exe`;
const TEXT = `pay${RLO}now please`;

/** Every text node holding `hostile` sits in a <bdi> whose whole text is exactly `hostile`. */
function expectIsolated(root: ParentNode, hostile: string): number {
  const walker = document.createTreeWalker(root as Node, NodeFilter.SHOW_TEXT);
  let found = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent?.includes(RLO)) continue;
    found++;
    const bdi = node.parentElement?.closest('bdi');
    expect(bdi, `"${node.textContent}" is not in a <bdi>`).toBeTruthy();
    expect(bdi?.textContent).toBe(hostile);
  }
  return found;
}

const evilBob = contact('bob@x.test', NAME);
const conversation = { id: 'c1', participants: ['bob@x.test'], state: 'ready' as const };
const message = (extra: Partial<ChatMessage> = {}): ChatMessage => ({
  id: 'm1',
  conversationId: 'c1',
  direction: 'in',
  from: 'bob@x.test',
  fromName: NAME,
  text: TEXT,
  format: null,
  time: Date.UTC(2026, 0, 1, 21, 41),
  ...extra,
});

async function conversationPage(messages: ChatMessage[] = []) {
  window.location.hash = '#/conversation/c1';
  const bridge = await connected({
    contacts: [evilBob],
    conversations: [conversation],
    messages,
    platform: 'electron',
  });
  render(<App />);
  return bridge;
}

describe('the conversation', () => {
  it('"says:" line: the name isolated; the message text isolated', async () => {
    await conversationPage([message()]);
    const header = document.querySelector('.message__header')!;
    expect(expectIsolated(header, NAME)).toBe(1);
    expect(header.textContent).toBe(`${NAME} says:`);
    const body = document.querySelector('.message__body')!;
    expect(expectIsolated(body, TEXT)).toBe(1);
  });

  it('a failed message: its text and the reason are isolated', async () => {
    await conversationPage([
      message({ direction: 'out', state: 'failed', text: TEXT, error: `x${RLO}y` }),
    ]);
    const failed = document.querySelector('.message--failed')!;
    expect(expectIsolated(failed.querySelector('.message__failed-text')!, TEXT)).toBe(1);
    expect(failed.querySelector('.system-line bdi')?.textContent).toBe(`x${RLO}y`);
  });

  it('the To: line, the typing line, joined/left/nudge lines and the window title', async () => {
    const bridge = await conversationPage();
    expect(expectIsolated(document.querySelector('.to-line')!, NAME)).toBe(1);
    act(() =>
      bridge.emit([
        { type: 'typing', conversationId: 'c1', email: 'bob@x.test', name: NAME },
        {
          type: 'participant',
          conversationId: 'c1',
          email: 'carol@x.test',
          name: NAME,
          joined: true,
        },
        { type: 'nudge', conversationId: 'c1', email: 'bob@x.test', name: NAME, direction: 'in' },
      ]),
    );
    expect(expectIsolated(document.querySelector('.conversation-status')!, NAME)).toBe(1);
    const systemLines = document.querySelectorAll('.system-line--joined, .system-line--nudgeIn');
    expect(systemLines).toHaveLength(2);
    for (const line of systemLines) expect(expectIsolated(line, NAME)).toBe(1);
    // Plain text: FSI … PDI around the name, the name's own override dropped.
    expect(document.title).toBe('\u2068Bobevil\u2069 - Conversation');
  });

  it('an offered file: name and file isolated, Accept then Decline after the text', async () => {
    const bridge = await conversationPage();
    act(() =>
      bridge.emit([
        {
          type: 'transfer',
          transfer: receivedFile({
            fileName: FILE,
            size: 2048,
            transferred: 0,
            state: 'offered',
            savedPath: undefined,
          }),
        },
      ]),
    );
    const line = document.querySelector('.transfer-line')!;
    const bdis = [...line.querySelectorAll('bdi')].map((b) => b.textContent);
    expect(bdis).toEqual([NAME, FILE, '2.0 KB']);
    const order = [...line.children].map((c) => c.textContent);
    expect(order[0]).toBe(`${NAME} would like to send you "${FILE}" (2.0 KB).`);
    expect(order.slice(1)).toEqual(['Accept', 'Decline']);
  });

  it('a finished, a failed and a cancelled file: the name isolated in each', async () => {
    const bridge = await conversationPage();
    for (const t of [
      receivedFile({ id: 'a', fileName: FILE, savedPath: `/home/me/Downloads/${FILE}` }),
      receivedFile({ id: 'b', fileName: FILE, state: 'failed', error: 'The disk is full.' }),
      receivedFile({ id: 'c', fileName: FILE, state: 'cancelled' }),
    ]) {
      act(() => bridge.emit([{ type: 'transfer', transfer: t }]));
    }
    const lines = document.querySelectorAll('.transfer-line');
    expect(lines).toHaveLength(3);
    const [done, failed, cancelled] = [...lines];
    expect([...done!.querySelectorAll('bdi')].map((b) => b.textContent)).toEqual([
      FILE,
      `/home/me/Downloads/${FILE}`,
    ]);
    expect(expectIsolated(failed!, FILE)).toBe(1);
    expect(expectIsolated(cancelled!, FILE)).toBe(1);
  });
});

describe('the main window', () => {
  it('the contact row shows the name isolated; the tooltip isolates it as text', async () => {
    await connected({ contacts: [evilBob], platform: 'web' });
    render(<App />);
    const row = screen.getByRole('treeitem', { name: new RegExp('Online') });
    expect(expectIsolated(row, NAME)).toBe(1);
    expect(row.getAttribute('title')).toBe('\u2068Bobevil\u2069 <bob@x.test>');
  });

  it('the conversation tab title is isolated', async () => {
    await connected({
      contacts: [evilBob],
      conversations: [conversation],
      platform: 'web',
    });
    render(<App />);
    act(() => useUi.getState().showConversation('c1'));
    expect(expectIsolated(document.querySelector('.dock__tabs')!, NAME)).toBe(1);
  });

  it('notices and toasts: their text isolated', async () => {
    await connected({ platform: 'web' });
    render(<App />);
    act(() => {
      useUi.getState().notify('info', `${NAME} is offline.`);
      useUi.getState().addToast({ id: 't', kind: 'message', title: NAME, text: TEXT });
    });
    expect(expectIsolated(document.querySelector('.notices')!, `${NAME} is offline.`)).toBe(1);
    const toast = document.querySelector('.toast')!;
    expect([...toast.querySelectorAll('bdi')].map((b) => b.textContent)).toEqual([NAME, TEXT]);
  });

  it('the "has added you" prompt isolates the name and the address', async () => {
    await connected({ pendingAddedBy: [{ email: `eve${RLO}@x.test`, name: NAME }] });
    render(<App />);
    const dialog = screen.getByRole('dialog');
    const bdis = [...dialog.querySelectorAll('bdi')].map((b) => b.textContent);
    expect(bdis).toContain(NAME);
    expect(bdis).toContain(`eve${RLO}@x.test`);
  });
});
