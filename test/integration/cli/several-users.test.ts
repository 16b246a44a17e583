// One command line signed in with two accounts (`--user` twice, issue 18) and a third person
// in another: every line names its account, `use` picks the account commands act on, and
// messages to each account arrive tagged with that account.
import { expect, it } from 'vitest';
import { ALICE, BOB, CAROL } from '../conversations/helpers/peers';
import { event, exitLine, result } from './cli-process';
import type { CliProcess } from './cli-process';
import { useCliNetwork } from './cli-network';
import type { JsonLine } from '../../../main/cli/json-lines';

const network = useCliNetwork();

const online = event('session', (s) => s.phase === 'online');
const of =
  <T extends JsonLine>(account: string, match: (line: JsonLine) => line is T) =>
  (line: JsonLine): line is T =>
    line.account === account && match(line);

/** The next line at or after `from` that matches; the run stops waiting after 30 s. */
const next = <T extends JsonLine>(
  cli: CliProcess,
  from: number,
  match: (line: JsonLine) => line is T,
) => cli.waitFor(match, { from });

it('one CLI with two --user: lines tagged by account, `use` switches, messages find their account', async () => {
  const both = network.cli(ALICE, ['--user', BOB]);
  const carol = network.cli(CAROL);
  await Promise.all([
    both.waitFor(of(ALICE, online)),
    both.waitFor(of(BOB, online)),
    carol.waitFor(online),
  ]);

  // Commands act on the first --user until `use` says otherwise.
  let mark = both.mark();
  both.send(`say ${CAROL} hello from alice`);
  const fromAlice = await carol.waitFor(event('message', (m) => m.text === 'hello from alice'));
  expect(fromAlice.data.from).toBe(ALICE);
  expect((await next(both, mark, result('say'))).account).toBe(ALICE);

  mark = both.mark();
  both.send(`use ${BOB}`, `say ${CAROL} hello from bob`);
  const used = await next(both, mark, result('use'));
  expect(used).toMatchObject({ ok: true, data: { account: BOB } });
  const fromBob = await carol.waitFor(event('message', (m) => m.text === 'hello from bob'));
  expect(fromBob.data.from).toBe(BOB);
  expect((await next(both, mark, result('say'))).account).toBe(BOB);

  // Carol answers each: the reply arrives tagged with the account she wrote to.
  carol.send(`say ${BOB} back to bob`, `say ${ALICE} back to alice`);
  const toBob = await both.waitFor(event('message', (m) => m.text === 'back to bob'));
  const toAlice = await both.waitFor(event('message', (m) => m.text === 'back to alice'));
  expect([toBob.account, toBob.data.from]).toEqual([BOB, CAROL]);
  expect([toAlice.account, toAlice.data.from]).toEqual([ALICE, CAROL]);

  // An address that is not a --user of this run is a usage error; the run goes on.
  mark = both.mark();
  both.send('use nobody@tweener.test');
  const refused = await next(both, mark, result('use'));
  expect(refused).toMatchObject({ ok: false, error: { kind: 'usage' } });

  both.send('quit');
  const end = await both.waitFor(exitLine);
  expect(end).toMatchObject({ code: 0, reason: 'quit' });
  // The run signed out: Carol (who has Alice on her list) sees her go offline.
  await carol.waitFor(event('contact', (c) => c.email === ALICE && c.status === 'FLN'));
}, 90_000);
