// Two command lines hold a conversation in JSON mode against the local network: a formatted
// message each way, typing, a nudge and a file (its checksum compared on both sides), then
// both quit with exit code 0. Every line they print follows the documented schema.
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect, it } from 'vitest';
import { ALICE, BOB } from '../conversations/helpers/peers';
import { event, exitLine, result } from './cli-process';
import type { CliProcess } from './cli-process';
import { useCliNetwork } from './cli-network';
import { jsonLineSchema } from './json-line-schema';

const network = useCliNetwork();

const sha256 = (data: Buffer): string => createHash('sha256').update(data).digest('hex');
const online = event('session', (s) => s.phase === 'online');

function expectDocumentedLines(cli: CliProcess, account: string): void {
  expect(cli.notJson).toEqual([]);
  for (const line of cli.lines) {
    expect(jsonLineSchema.safeParse(line).error).toBeUndefined();
    expect(line.account).toBe(account);
  }
}

it('two CLIs talk: messages, typing, nudge and a file, all as JSON lines', async () => {
  const bobFiles = network.folder();
  const alice = network.cli(ALICE);
  const bob = network.cli(BOB, ['--download-dir', network.folder()]);
  await Promise.all([alice.waitFor(online), bob.waitFor(online)]);

  alice.send('open bob@tweener.test');
  const opened = await alice.waitFor(result('open'));
  expect(opened.ok).toBe(true);
  const conversation = opened.ok ? (opened.data?.conversation as { id: string }) : null;
  const conv = conversation?.id ?? '';
  expect(conversation).toMatchObject({ participants: [BOB] });

  alice.send(`say ${conv} --font "Comic Sans MS" --color #FF0000 --bold hello bob`);
  const hello = await bob.waitFor(event('message', (m) => m.direction === 'in'));
  expect(hello.data).toMatchObject({
    from: ALICE,
    text: 'hello bob',
    format: { font: 'Comic Sans MS', color: '#FF0000', bold: true, italic: false },
  });
  await alice.waitFor(event('messageDelivered', (d) => d.conversationId === conv));

  // Bob answers in the conversation that last wrote to him: `.`.
  bob.send('typing .');
  const typing = await alice.waitFor(event('typing', (t) => t.email === BOB));
  expect(typing.data.conversationId).toBe(conv);
  bob.send('say . "two\\nlines"');
  const reply = await alice.waitFor(event('message', (m) => m.direction === 'in'));
  expect(reply.data).toMatchObject({ conversationId: conv, from: BOB, text: 'two\nlines' });
  bob.send('nudge .');
  await alice.waitFor(event('nudge', (n) => n.email === BOB && n.conversationId === conv));

  const data = randomBytes(150_000);
  const source = join(network.folder(), 'photo.bin');
  writeFileSync(source, data);
  alice.send(`send-file ${conv} ${source}`);
  const offer = await bob.waitFor(
    event('fileTransfer', (t) => t.direction === 'in' && t.state === 'offered'),
  );
  expect(offer.data).toMatchObject({ peer: ALICE, fileName: 'photo.bin', size: data.length });
  // A transfer is named by the first characters of its id; the folder is chosen here.
  bob.send(`accept ${offer.data.id.slice(0, 8)} ${bobFiles}`);
  const received = await bob.waitFor(
    event('fileTransfer', (t) => t.id === offer.data.id && t.state === 'completed'),
    { timeoutMs: 45_000 },
  );
  const sent = await alice.waitFor(
    event('fileTransfer', (t) => t.direction === 'out' && t.state === 'completed'),
  );
  const savedPath = received.data.savedPath ?? '';
  expect(dirname(savedPath)).toBe(bobFiles);
  expect(sha256(readFileSync(savedPath))).toBe(sha256(readFileSync(source)));
  expect(sent.data.transferred).toBe(data.length);

  alice.send('conversations', 'transfers', 'quit');
  const listed = await alice.waitFor(result('transfers'));
  expect(listed.ok && listed.data?.transfers).toEqual([
    expect.objectContaining({ direction: 'out', state: 'completed', size: data.length }),
  ]);
  bob.endInput(); // the end of stdin ends a run like quit
  expect((await alice.exited).code).toBe(0);
  expect((await bob.exited).code).toBe(0);
  expect(await alice.waitFor(exitLine)).toMatchObject({ code: 0, reason: 'quit' });
  expect(await bob.waitFor(exitLine)).toMatchObject({ code: 0, reason: 'endOfInput' });
  expectDocumentedLines(alice, ALICE);
  expectDocumentedLines(bob, BOB);
}, 90_000);
