// Each server variation on its own (test/server/README.md): signing in, seeing each other
// with the right name and chatting keep working with exactly that one switch turned on.
// reference: msnp8/README.md §11, §11.1
import { afterEach, expect, it } from 'vitest';
import type { ChatMessage, Contact } from '@shared/domain';
import { startNetwork } from '../../server';
import type { LocalNetwork, VariationName } from '../../server';
import { nextEvent } from '../conversations/helpers/events';
import { signInPeer } from '../conversations/helpers/peers';
import type { Peer } from '../conversations/helpers/peers';
import { seed } from '../signin/harness';

const ANN = 'ann@tweener.test';
const BEN = 'ben@tweener.test';
// Spaces, a bare `%` and non-ASCII: what space-only encoding leaves raw (msnp8/README.md §11.1).
const BEN_NAME = 'Ben 100% Bücher';

const SWITCHES: VariationName[] = [
  'noDispatch',
  'verWithoutCvr0',
  'escargotPassportUrls',
  'unswappedClientPort',
  'fullSyn',
  'ignoreUnknownCommands',
  'hostNames',
  'uuidSessionIds',
  'joiForAnswerer',
  'noCapabilities',
  'usrOkExtraFields',
  'sbUsrOkAddress',
  'spaceOnlyEncoding',
];

let net: LocalNetwork | null = null;
const peers: Peer[] = [];
afterEach(async () => {
  for (const peer of peers.splice(0)) peer.close();
  await net?.stop();
  net = null;
});

it.each(SWITCHES)('%s: sign in, presence with names, a conversation', async (variation) => {
  net = await startNetwork({
    variations: { [variation]: true },
    accounts: [
      seed(ANN, { friendlyName: 'Ann', contacts: [{ email: BEN, lists: 11, groups: [0] }] }),
      seed(BEN, { friendlyName: BEN_NAME, contacts: [{ email: ANN, lists: 11, groups: [0] }] }),
    ],
  });
  const ann = await signInPeer(net, ANN);
  peers.push(ann);
  const benOnline = nextEvent<Contact>(
    ann.chat,
    'contact',
    (c) => c.email === BEN && c.status === 'NLN',
  );
  const ben = await signInPeer(net, BEN);
  peers.push(ben);
  expect(ben.chat.snapshot.self?.friendlyName).toBe(BEN_NAME);
  expect(await benOnline).toMatchObject({ friendlyName: BEN_NAME, capabilities: 0 });

  const benGets = nextEvent<ChatMessage>(ben.chat, 'message', (m) => m.direction === 'in');
  const delivered = nextEvent(ann.chat, 'messageDelivered');
  const id = ann.chat.openConversation([BEN]);
  ann.chat.sendMessage(id, 'hello', null);
  expect(await benGets).toMatchObject({ from: ANN, fromName: 'Ann', text: 'hello' });
  await delivered;
  expect(ben.chat.conversations.conversations[0]?.participants).toEqual([ANN]);
  expect(ann.chat.snapshot.session.phase).toBe('online');
});
