// More of the conversation commands through the command line, in JSON mode: inviting a third
// person and leaving, declining and cancelling files, and a one-message script that exits only
// once its message is delivered.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ALICE, BOB, CAROL } from '../conversations/helpers/peers';
import { event, exitLine, result } from './cli-process';
import { useCliNetwork } from './cli-network';

const network = useCliNetwork();
const online = event('session', (s) => s.phase === 'online');

it('invite a third person, who then leaves', async () => {
  const [alice, bob, carol] = [ALICE, BOB, CAROL].map((email) => network.cli(email));
  await Promise.all([alice!, bob!, carol!].map((cli) => cli.waitFor(online)));
  alice!.send('say bob@tweener.test hi bob');
  const said = await alice!.waitFor(result('say'));
  const conv = said.ok ? String(said.data?.conversationId) : '';
  await bob!.waitFor(event('message', (m) => m.direction === 'in'));

  alice!.send(`invite bob@tweener.test ${CAROL}`); // Bob's address names the conversation
  await alice!.waitFor(event('participantJoined', (p) => p.email === CAROL));
  await bob!.waitFor(event('participantJoined', (p) => p.email === CAROL));
  alice!.send('say . all three of us');
  const toCarol = await carol!.waitFor(event('message', (m) => m.direction === 'in'));
  expect(toCarol.data).toMatchObject({ from: ALICE, text: 'all three of us' });

  carol!.send('leave .');
  const left = await alice!.waitFor(event('participantLeft', (p) => p.email === CAROL));
  expect(left.data.conversationId).toBe(conv);
  alice!.send('conversations');
  const listed = await alice!.waitFor(result('conversations'));
  expect(listed.ok && listed.data?.conversations).toEqual([
    expect.objectContaining({ id: conv, participants: [BOB] }),
  ]);
}, 90_000);

it('decline a file, and cancel one that was offered', async () => {
  const alice = network.cli(ALICE);
  const bob = network.cli(BOB);
  await Promise.all([alice.waitFor(online), bob.waitFor(online)]);
  const path = join(network.folder(), 'notes.txt');
  writeFileSync(path, 'not wanted');

  alice.send(`send-file bob@tweener.test ${path}`);
  await bob.waitFor(event('fileTransfer', (t) => t.state === 'offered'));
  bob.send('decline .');
  const declined = await alice.waitFor(event('fileTransfer', (t) => t.state === 'declined'));
  expect(declined.data).toMatchObject({ direction: 'out', fileName: 'notes.txt' });
  expect(await bob.waitFor(result('decline'))).toMatchObject({ ok: true });

  const mark = bob.mark();
  alice.send(`send-file bob@tweener.test ${path}`);
  await bob.waitFor(
    event('fileTransfer', (t) => t.state === 'offered'),
    { from: mark },
  );
  alice.send('cancel .');
  const cancelled = await bob.waitFor(
    event('fileTransfer', (t) => t.state === 'cancelled' || t.state === 'failed'),
    { from: mark },
  );
  expect(cancelled.data.direction).toBe('in');
  bob.send('decline .');
  const nothing = await bob.waitFor(result('decline'), { from: mark });
  expect(nothing).toMatchObject({
    ok: false,
    error: { message: 'no file is waiting for an answer' },
  });
}, 90_000);

it('a script that only says something exits once the message is delivered', async () => {
  const bob = network.cli(BOB);
  await bob.waitFor(online);
  const script = join(network.folder(), 'notify.txt');
  writeFileSync(script, 'say bob@tweener.test "Build 42 passed"\n');
  const alice = network.cli(ALICE, ['--script', script, '--exit-on-error']);
  const { code } = await alice.exited;
  // What Alice's run printed, in order: shown whole when an expectation below fails.
  const printed = alice.lines
    .map((l) => (l.type === 'event' ? `${l.event} ${JSON.stringify(l.data)}` : l.type))
    .join('\n');
  expect(code, printed).toBe(0);
  const lines = printed.split('\n');
  const delivered = lines.findIndex((p) => p.startsWith('messageDelivered'));
  const signedOut = lines.findIndex((p) => p.startsWith('session {"phase":"signedOut"'));
  expect(delivered, printed).toBeGreaterThan(-1);
  expect(signedOut, printed).toBeGreaterThan(delivered);
  const got = await bob.waitFor(event('message', (m) => m.direction === 'in'));
  expect(got.data.text).toBe('Build 42 passed');
  expect(await alice.waitFor(exitLine)).toMatchObject({ code: 0, reason: 'endOfInput' });
}, 90_000);
