// The README's echo bot (Node, JSON mode) is run as written, against the local network: what
// Alice says comes back from Bob. Keeps the documented example working.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { ALICE, BOB } from '../conversations/helpers/peers';
import { event } from './cli-process';
import { DEMO_PASSWORD, PASSWORD_ENV, useCliNetwork } from './cli-network';

const network = useCliNetwork();
let stopBot = (): void => undefined;
afterEach(() => stopBot());

/** The README's code block that starts with `// echo.mjs`. */
function echoExample(): string {
  const readme = readFileSync(join(import.meta.dirname, '../../../README.md'), 'utf8');
  const block = /```js\n(\/\/ echo\.mjs\n[\s\S]*?)```/.exec(readme)?.[1];
  if (!block) throw new Error('README.md has no echo.mjs example');
  return block;
}

it('the README echo bot answers every message with the same text', async () => {
  const bot = join(network.folder(), 'echo.mjs');
  writeFileSync(bot, echoExample());
  const child = spawn(process.execPath, [bot, ...network.args(BOB)], {
    env: { ...process.env, [PASSWORD_ENV]: DEMO_PASSWORD },
    stdio: 'ignore',
  });
  stopBot = () => child.kill();

  const alice = network.cli(ALICE);
  await alice.waitFor(
    event('contact', (c) => c.email === BOB && c.status === 'NLN'),
    {
      timeoutMs: 45_000,
    },
  );
  alice.send('say bob@tweener.test "two\\nlines"');
  const echoed = await alice.waitFor(event('message', (m) => m.direction === 'in'));
  expect(echoed.data).toMatchObject({ from: BOB, text: 'echo: two\nlines' });
}, 90_000);
