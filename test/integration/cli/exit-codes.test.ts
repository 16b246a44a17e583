// Scripted runs end with the documented exit codes (README.md, "Command line"): 0 at the end
// of a script, 1 when sign-in fails, 2 for bad usage, 3 when the connection is lost for good,
// 4 when a command fails under --exit-on-error; the last JSON line says the same.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../main/cli/command-table';
import { ALICE, BOB } from '../conversations/helpers/peers';
import { CliProcess, event, exitLine, result } from './cli-process';
import { PASSWORD_ENV, useCliNetwork } from './cli-network';
import { jsonLineSchema } from './json-line-schema';

const network = useCliNetwork();

function script(...lines: string[]): string {
  const path = join(network.folder(), 'script.txt');
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

async function finished(cli: CliProcess) {
  const { code } = await cli.exited;
  const last = await cli.waitFor(exitLine);
  expect(cli.lines.at(-1)).toBe(last); // nothing after the exit line
  expect(cli.notJson).toEqual([]);
  for (const line of cli.lines) expect(jsonLineSchema.safeParse(line).error).toBeUndefined();
  return { code, last, results: cli.lines.filter((l) => l.type === 'result') };
}

describe('a script that works', () => {
  it('runs every line in order and exits 0', async () => {
    const path = script('# set up', 'status AWY', '', 'name Scripted Alice', 'contacts');
    const cli = network.cli(ALICE, ['--script', path, '--exit-on-error']);
    await cli.waitFor(event('self', (s) => s.status === 'AWY'));
    const run = await finished(cli);
    expect(run.code).toBe(0);
    expect(run.last).toMatchObject({ code: 0, reason: 'endOfInput', account: ALICE });
    expect(run.results.map((r) => [r.command, r.line, r.ok])).toEqual([
      ['status', 2, true],
      ['name', 4, true],
      ['contacts', 5, true],
    ]);
    // The name reached the server: the next sign-in gets it back.
    const again = network.cli(ALICE, ['--script', script('quit')]);
    await again.waitFor(event('self', (s) => s.friendlyName === 'Scripted Alice'));
    expect((await finished(again)).last).toMatchObject({ code: 0, reason: 'quit' });
  }, 90_000);

  it('goes on after a failed command when --exit-on-error is not given', async () => {
    const run = await finished(
      network.cli(ALICE, ['--script', script('frobnicate', 'status BSY')]),
    );
    expect(run.code).toBe(0);
    expect(run.results).toEqual([
      expect.objectContaining({
        command: 'frobnicate',
        ok: false,
        error: expect.objectContaining({ kind: 'usage' }),
      }),
      expect.objectContaining({ command: 'status', ok: true }),
    ]);
  }, 90_000);
});

describe('bad usage', () => {
  it('an unknown option: exit 2 before signing in, the reason as the only JSON line', async () => {
    const cli = new CliProcess(['--json', '--bogus']);
    const run = await finished(cli);
    expect(run.code).toBe(2);
    expect(cli.lines).toEqual([
      expect.objectContaining({ type: 'exit', code: 2, reason: 'usage' }),
    ]);
    expect(run.last.message).toMatch(/bogus/);
  }, 90_000);

  it('an unknown command under --exit-on-error: exit 2, the lines after it never run', async () => {
    const path = script('status BRB', 'frobnicate now', 'status BSY');
    const run = await finished(network.cli(ALICE, ['--script', path, '--exit-on-error']));
    expect(run.code).toBe(2);
    expect(run.last).toMatchObject({
      reason: 'usage',
      message: expect.stringMatching(/^line 2: /),
    });
    expect(run.results.map((r) => r.command)).toEqual(['status', 'frobnicate']);
  }, 90_000);

  it('a command that fails under --exit-on-error: exit 4', async () => {
    const path = script('leave nobody@tweener.test', 'status BSY');
    const run = await finished(network.cli(ALICE, ['--script', path, '--exit-on-error']));
    expect(run.code).toBe(4);
    expect(run.last).toMatchObject({ reason: 'commandFailed' });
    expect(run.results).toEqual([
      expect.objectContaining({
        command: 'leave',
        ok: false,
        error: { kind: 'failed', message: 'no open conversation with nobody@tweener.test' },
      }),
    ]);
  }, 90_000);

  it('--help lists every command and the exit codes, exit 0', async () => {
    const cli = new CliProcess(['--help']);
    expect((await cli.exited).code).toBe(0);
    const help = cli.notJson.join('\n');
    for (const command of COMMANDS) expect(help).toMatch(new RegExp(`^  ${command.name}\\b`, 'm'));
    expect(help).toContain('exit codes:');
  }, 90_000);
});

describe('sign-in failed', () => {
  it('a wrong password: exit 1 with the failure, the password never printed', async () => {
    const cli = network.cli(ALICE, ['--script', script('status BSY')], {
      [PASSWORD_ENV]: 'Wrong-Pa55word',
    });
    const run = await finished(cli);
    expect(run.code).toBe(1);
    expect(run.last).toMatchObject({ reason: 'signInFailed', failure: { kind: 'badCredentials' } });
    expect(run.results).toEqual([]);
    expect(JSON.stringify(cli.lines) + cli.stderr).not.toContain('Wrong-Pa55word');
  }, 90_000);
});

describe('a lost connection', () => {
  it('the server closes the connection mid-script: exit 3 (--no-reconnect)', async () => {
    const cli = network.cli(BOB, [
      ...['--script', script('wait message --timeout 60', 'status BSY')],
      '--no-reconnect',
    ]);
    await cli.waitFor(event('session', (s) => s.phase === 'online'));
    network.net.faults.dropConnection(BOB, 'now');
    const run = await finished(cli);
    expect(run.code).toBe(3);
    expect(run.last).toMatchObject({
      reason: 'connectionLost',
      failure: { kind: 'connectionLost' },
    });
    expect(run.results).toEqual([]); // the wait never ended and status BSY never ran
  }, 90_000);

  it('signed out by the server while reading stdin: exit 3, even with reconnection on', async () => {
    const cli = network.cli(BOB);
    await cli.waitFor(event('session', (s) => s.phase === 'online'));
    cli.send('status AWY');
    await cli.waitFor(result('status'));
    network.net.faults.signInElsewhere(BOB);
    const run = await finished(cli);
    expect(run.code).toBe(3);
    expect(run.last).toMatchObject({ failure: { kind: 'signedInElsewhere' } });
  }, 90_000);
});
