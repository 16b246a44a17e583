// What a hostile contact (or a server speaking for many) can pile up, at the unit level:
// file offers nobody answers (capped, then expired), conversations the person opens (capped
// with words), and "added you" prompts (a queue of MAX_PENDING_ADDED_BY, the rest a count).
// The network-driven caps: test/integration/hostile/server-caps.test.ts.
import { describe, expect, it, vi } from 'vitest';
import { ConversationManager } from '../../../main/msnp/conversations/conversation-manager';
import { FileTransferManager } from '../../../main/msnp/filetransfer/file-transfer-manager';
import {
  FILE_OFFER_EXPIRED_TEXT,
  FILE_OFFERS_REFUSED_TEXT,
  MAX_LIVE_CONVERSATIONS,
  MAX_PENDING_ADDED_BY,
  MAX_PENDING_FILE_OFFERS,
  TOO_MANY_CONVERSATIONS_TEXT,
  moreAddedByText,
} from '../../../main/msnp/limits';
import { buildFileInvite, parseInvitation } from '../../../main/msnp/messages/invite';
import { parseMime } from '../../../main/msnp/messages/mime';
import type { SwitchboardBroker } from '../../../main/msnp/switchboard/broker';
import type { FileTransfer } from '@shared/domain';
import { makeServices, signInArgs, tempDir } from '../shell/support/services';

function offer(cookie: number) {
  const payload = buildFileInvite({
    cookie: String(cookie),
    fileName: `f${cookie}.txt`,
    size: 10,
    canListen: true,
  });
  const invitation = parseInvitation(parseMime(payload));
  if (!invitation) throw new Error('the offer did not parse');
  return invitation;
}

function transfers(offerExpiryMs?: number) {
  const sent: string[] = [];
  const notices: string[] = [];
  const latest = new Map<string, FileTransfer>();
  const files = new FileTransferManager(
    {
      selfEmail: () => 'me@x.test',
      sendInvitation: (_c, payload) => void sent.push(payload.toString('utf8')),
      emit: (t) => void latest.set(t.id, t),
      notice: (text) => void notices.push(text),
    },
    offerExpiryMs === undefined ? {} : { offerExpiryMs },
  );
  return { files, sent, notices, latest };
}

describe('file offers from a hostile contact', () => {
  it(`5,000 offers: ${MAX_PENDING_FILE_OFFERS} wait, the rest are declined with one notice`, () => {
    const { files, sent, notices } = transfers();
    for (let i = 1; i <= 5000; i++) files.onInvitation('c1', 'eve@x.test', 'Eve', offer(i));
    expect(files.list().filter((t) => t.state === 'offered')).toHaveLength(MAX_PENDING_FILE_OFFERS);
    expect(files.list()).toHaveLength(MAX_PENDING_FILE_OFFERS);
    expect(sent).toHaveLength(5000 - MAX_PENDING_FILE_OFFERS);
    expect(sent.every((p) => /Cancel-Code: REJECT\r\n/.test(p))).toBe(true);
    expect(notices).toEqual([FILE_OFFERS_REFUSED_TEXT]);
    files.cancelAll();
  });

  it('an offer nobody answers expires with words, and frees its place', async () => {
    const { files, sent, latest } = transfers(50);
    files.onInvitation('c1', 'eve@x.test', 'Eve', offer(1));
    const [id] = [...latest.keys()];
    await vi.waitFor(() => expect(latest.get(id!)?.state).toBe('cancelled'), { timeout: 2000 });
    expect(latest.get(id!)?.error).toBe(FILE_OFFER_EXPIRED_TEXT);
    expect(sent.at(-1)).toMatch(/Cancel-Code: TIMEOUT\r\n/);
  });

  it('an answered offer does not expire', async () => {
    const { files, latest } = transfers(30);
    files.onInvitation('c1', 'eve@x.test', 'Eve', offer(1));
    const [id] = [...latest.keys()];
    files.decline(id!);
    // Checking that nothing happens after the expiry time: there is no event to wait for.
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(latest.get(id!)?.state).toBe('declined');
  });
});

describe('conversations the person opens', () => {
  const broker: SwitchboardBroker = {
    selfEmail: 'me@x.test',
    selfName: () => 'Me',
    isOnline: () => true,
    requestSwitchboard: () => new Promise(() => undefined),
    onRing: () => () => undefined,
    contactName: (email) => email,
  };

  it(`at most ${MAX_LIVE_CONVERSATIONS} open at once; closing one makes room`, () => {
    const chats = new ConversationManager(broker);
    const ids = Array.from({ length: MAX_LIVE_CONVERSATIONS }, (_, i) =>
      chats.openConversation([`p${i}@x.test`]),
    );
    expect(() => chats.openConversation(['one-more@x.test'])).toThrow(TOO_MANY_CONVERSATIONS_TEXT);
    // One already open is reused, not refused.
    expect(chats.openConversation(['p0@x.test'])).toBe(ids[0]);
    chats.leave(ids[1]!);
    expect(chats.openConversation(['one-more@x.test'])).toEqual(expect.any(String));
    chats.dispose();
  });
});

describe('"added you" prompts', () => {
  it(`2,000 at once: ${MAX_PENDING_ADDED_BY} prompts, the rest one notice with the count`, async () => {
    const { services, clients, events } = await makeServices(await tempDir());
    await services.handlers['session:signIn'](signInArgs, { transport: 'web', senderId: 1 });
    const client = clients.last();
    for (let i = 0; i < 2000; i++) client.emit('addedBy', { email: `fan${i}@x.test`, name: 'Fan' });
    expect(services.snapshot().pendingAddedBy).toHaveLength(MAX_PENDING_ADDED_BY);
    await vi.waitFor(() =>
      expect(events().filter((e) => e.type === 'notice')).toContainEqual(
        expect.objectContaining({ text: moreAddedByText(2000 - MAX_PENDING_ADDED_BY) }),
      ),
    );
    expect(events().filter((e) => e.type === 'addedBy')).toHaveLength(MAX_PENDING_ADDED_BY);
  });
});
