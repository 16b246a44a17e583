// Garbage from a client never takes the network down: random command lines on every
// listener, then a normal sign-in and conversation still work (bad input never
// crashes anything).
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useNetwork } from './helpers/network';
import { RawClient } from './helpers/raw-client';
import { signIn } from './helpers/sign-in';
import { createSwitchboard } from './helpers/switchboard';

const NAMES =
  'VER CVR USR XFR SYN CHG ADD REM ADG RMG REG REA GTC BLP PRP URL SND PAG QRY CAL ANS MSG OUT PNG BYE IRO JOI'.split(
    ' ',
  );
const token = fc.oneof(
  fc.integer({ min: 0, max: 31 }).map(String),
  fc.constantFrom(
    ...'-1 99999999999 FL AL BL RL NLN HDN FLN A N U D TWN I S SB OK alice@tweener.test bob@tweener.test a@b % %E2%98 ☕'.split(
      ' ',
    ),
  ),
  fc.string({ minLength: 1, maxLength: 12 }).map((s) => s.replace(/\s/g, 'x') || 'x'),
);
// Mostly well-formed heads (name + numeric TrID) so that the handlers themselves are reached.
const line = fc
  .tuple(
    fc.constantFrom(...NAMES),
    fc.integer({ min: 1, max: 99 }),
    fc.array(token, { maxLength: 6 }),
  )
  .map(([name, trid, params]) => [name, trid, ...params].join(' '));

const net = useNetwork();

describe('robustness', () => {
  const warnings: string[] = [];
  const onWarning = (w: Error) => warnings.push(w.message);
  beforeEach(() => {
    warnings.length = 0;
    process.on('warning', onWarning);
  });
  afterEach(() => {
    process.off('warning', onWarning);
  });

  it('survives random commands on a signed-in notification session', async () => {
    let client: RawClient | null = null;
    for (const text of fc.sample(line, { numRuns: 250, seed: 8 })) {
      if (!client || client.closed) {
        client = (await signIn(net, 'carol@tweener.test', { status: null, syncVersion: null }))
          .client;
      }
      client.sendRaw(`${text}\r\n`);
      client.send('PNG'); // still alive and in step? (a dropped connection is allowed)
      const alive = await client.waitForLine(/^QNG$/, 300).catch(() => null);
      if (!alive) client.close();
    }
    expect(warnings).toEqual([]);
    const alice = await signIn(net, 'alice@tweener.test');
    await createSwitchboard(net, alice.client, 'alice@tweener.test');
  }, 30_000);

  it('survives random commands on the dispatch server and on switchboards', async () => {
    const { client: ns } = await signIn(net, 'carol@tweener.test');
    for (const lines of fc.sample(fc.array(line, { minLength: 1, maxLength: 20 }), {
      numRuns: 40,
      seed: 9,
    })) {
      const targets = [
        await RawClient.connect(net.dispatchPort),
        await RawClient.connect(net.sbPort),
        await createSwitchboard(net, ns, 'carol@tweener.test'),
      ];
      for (const client of targets) for (const text of lines) client.sendRaw(`${text}\r\n`);
      await new Promise((resolve) => setTimeout(resolve, 20));
      for (const client of targets) client.close();
    }
    expect(warnings).toEqual([]);
    const { client } = await signIn(net, 'alice@tweener.test');
    await createSwitchboard(net, client, 'alice@tweener.test');
  }, 30_000);
});
