// How commands name conversations and transfers (main/cli/references.ts), on a real MsnClient
// that is not signed in: opening a conversation is bookkeeping until something is sent.
import { afterEach, describe, expect, it } from 'vitest';
import { UnknownReferenceError } from '../../../main/cli/errors';
import { References } from '../../../main/cli/references';
import { MsnClient } from '../../../main/msnp';

const clients: MsnClient[] = [];
afterEach(async () => {
  for (const client of clients.splice(0)) await client.signOut();
});

function offlineClient(): MsnClient {
  const client = new MsnClient({
    server: { host: '127.0.0.1', port: 9 },
    passport: { nexusUrl: null, loginUrl: 'https://127.0.0.1:9/login2.srf', caCertPem: null },
    reconnect: { enabled: false },
  });
  clients.push(client);
  return client;
}

describe('conversation references', () => {
  it('an id, a unique prefix of 4+ characters, or . for the last one named', () => {
    const client = offlineClient();
    const refs = new References(client);
    const bob = client.openConversation(['bob@x.test']);
    const group = client.openConversation(['bob@x.test', 'carol@x.test']);
    expect(refs.conversation(bob, { open: false })).toBe(bob);
    expect(refs.conversation('.', { open: false })).toBe(bob);
    expect(refs.conversation(group.slice(0, 8), { open: false })).toBe(group);
    expect(refs.conversation('.', { open: false })).toBe(group);
    expect(() => refs.conversation(group.slice(0, 3), { open: false })).toThrow(
      UnknownReferenceError,
    );
    expect(() => refs.conversation('nothing-here', { open: false })).toThrow(
      "no conversation 'nothing-here'",
    );
  });

  it('. before any conversation is an error, not a guess', () => {
    expect(() => new References(offlineClient()).conversation('.', { open: false })).toThrow(
      'no current conversation yet',
    );
  });

  it('an e-mail address: the one-to-one conversation first, opened only when allowed', () => {
    const client = offlineClient();
    const refs = new References(client);
    const group = client.openConversation(['bob@x.test', 'carol@x.test']);
    // Without a one-to-one conversation, a group they are in will do for invite/leave.
    expect(refs.conversation('Carol@X.test', { open: false })).toBe(group);
    expect(() => refs.conversation('dave@x.test', { open: false })).toThrow(
      'no open conversation with dave@x.test',
    );
    const opened = refs.conversation('carol@x.test', { open: true });
    expect(opened).not.toBe(group);
    expect(client.conversations.conversations.find((c) => c.id === opened)?.participants).toEqual([
      'carol@x.test',
    ]);
    expect(refs.conversation('carol@x.test', { open: false })).toBe(opened);
    expect(refs.conversation('carol@x.test', { open: true })).toBe(opened);
  });
});

describe('transfer references', () => {
  it('. names the newest offer or unfinished transfer, and says when there is none', () => {
    const client = offlineClient();
    const refs = new References(client);
    const conversation = client.openConversation(['bob@x.test']);
    const failed = client.sendFile(conversation, '/nonexistent/file.bin');
    expect(refs.transfer(failed.slice(0, 6), 'unfinished')).toBe(failed);
    expect(() => refs.transfer('.', 'unfinished')).toThrow('no transfer is running');
    expect(() => refs.transfer('.', 'incomingOffer')).toThrow('no file is waiting for an answer');
  });
});
