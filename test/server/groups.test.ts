// ADG, RMG, REG and their errors (contacts.md §9; examples.md §5).
import { describe, expect, it } from 'vitest';
import { useNetwork } from './helpers/network';
import { signIn, sync } from './helpers/sign-in';

const net = useNetwork();

describe('groups', () => {
  it('adds, renames and removes groups, incrementing the list version each time', async () => {
    const { client: c } = await signIn(net, 'alice@tweener.test');
    c.send('ADG 20 Old%20School 0');
    await c.expectLine(/^ADG 20 2 Old%20School 2 0$/);
    c.send('REG 21 2 School%20Friends 0');
    await c.expectLine(/^REG 21 3 2 School%20Friends 0$/);
    c.send('ADD 22 FL bob@tweener.test Bob 2'); // move bob: add first …
    await c.expectLine(/^ADD 22 FL 4 bob@tweener\.test Bob 2$/);
    c.send('REM 23 FL bob@tweener.test 1'); // … then remove
    await c.expectLine(/^REM 23 FL 5 bob@tweener\.test 1$/);
    c.send('RMG 24 2');
    await c.expectLine(/^RMG 24 6 2$/);
    const listing = await sync(c, 0);
    expect(listing).toContain('LSG 1 Friends 0');
    expect(listing.some((l) => l.startsWith('LSG 2 '))).toBe(false);
    // Uncertain (contacts.md §9): like Escargot, bob stays on FL without a group.
    expect(listing).toContain('LST bob@tweener.test Bob 11');
  });

  it('answers 230, 224, 228, 229 and 223 where the reference says', async () => {
    const { client: c } = await signIn(net, 'alice@tweener.test');
    c.send('RMG 20 0');
    await c.expectLine(/^230 20$/);
    c.send('RMG 21 7');
    await c.expectLine(/^224 21$/);
    c.send('REG 22 7 Name 0');
    await c.expectLine(/^224 22$/);
    c.send('ADG 23 friends 0');
    await c.expectLine(/^228 23$/);
    c.send(`ADG 24 ${'x'.repeat(62)} 0`);
    await c.expectLine(/^229 24$/);
    c.send(`ADG 25 ${'x'.repeat(61)} 0`);
    await c.expectLine(/^ADG 25 \d+ x{61} 2 0$/);
    c.send(`REG 26 1 ${'%C3%A9'.repeat(11)} 0`); // 66 bytes once encoded
    await c.expectLine(/^229 26$/);
    for (let id = 3; id < 30; id++) {
      c.send(`ADG ${100 + id} Group${id} 0`);
      await c.expectLine(new RegExp(`^ADG ${100 + id} \\d+ Group${id} ${id} 0$`));
    }
    c.send('ADG 200 OneTooMany 0');
    await c.expectLine(/^223 200$/);
  });

  it('closes the connection on a group id out of range', async () => {
    const { client } = await signIn(net, 'alice@tweener.test');
    client.send('RMG 20 30');
    await client.expectClose();
  });
});
