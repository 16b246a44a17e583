// A three-party conversation (switchboard.md §3, examples.md §8).
import { describe, expect, it } from 'vitest';
import { useNetwork } from './helpers/network';
import { signIn } from './helpers/sign-in';
import { answerRing, rawConversation } from './helpers/switchboard';

const TEXT = 'MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nHey both!';

const net = useNetwork();

describe('multi-party switchboard', () => {
  it('brings a third participant in: IRO for everyone present, JOI for everyone else, relay to all', async () => {
    const first = await rawConversation(net, 'alice@tweener.test', 'bob@tweener.test');
    expect(first.joined).toBe('JOI bob@tweener.test Bob');
    const { sbCaller: sbA, sbCallee: bobSb, callee: bob } = first;
    const carol = await signIn(net, 'carol@tweener.test');

    sbA.send('CAL 3 carol@tweener.test');
    const ringing = await sbA.expectLine(/^CAL 3 RINGING (\d+)$/);
    const c = await answerRing(carol.client, 'carol@tweener.test');
    expect(c.sessionId).toBe(ringing.match[1]);
    expect(c.iro).toEqual(['IRO 1 1 2 alice@tweener.test Alice', 'IRO 1 2 2 bob@tweener.test Bob']);
    await sbA.expectLine(/^JOI carol@tweener\.test Carol$/);
    await bobSb.expectLine(/^JOI carol@tweener\.test Carol$/);

    c.sb.sendPayload('MSG 2 A', TEXT);
    for (const other of [sbA, bobSb]) {
      const got = await other.expectLine(
        new RegExp(`^MSG carol@tweener\\.test Carol ${TEXT.length}$`),
      );
      expect(got.payload?.toString()).toBe(TEXT);
    }
    await c.sb.expectLine(/^ACK 2$/);

    bobSb.close(); // a dropped connection counts as leaving
    await sbA.expectLine(/^BYE bob@tweener\.test$/);
    await c.sb.expectLine(/^BYE bob@tweener\.test$/);
    sbA.sendPayload('MSG 4 A', TEXT);
    await c.sb.expectLine(new RegExp(`^MSG alice@tweener\\.test Alice ${TEXT.length}$`));
    await sbA.expectLine(/^ACK 4$/);

    // Anyone may re-invite: carol calls bob back into the same session.
    c.sb.send('CAL 3 bob@tweener.test');
    await c.sb.expectLine(new RegExp(`^CAL 3 RINGING ${ringing.match[1]}$`));
    const again = await answerRing(bob.client, 'bob@tweener.test');
    expect(again.iro).toHaveLength(2);
    expect(again.caller).toBe('carol@tweener.test');
  });
});
