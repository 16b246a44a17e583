// The command line's options: defaults, checks, and usage errors for what cannot work.
import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../../main/cli/args';
import type { CliOptions } from '../../../main/cli/args';
import { UsageError } from '../../../main/cli/errors';

function options(...argv: string[]): CliOptions {
  const parsed = parseCliArgs(argv);
  if (parsed.help) throw new Error('help');
  return parsed.options;
}

const base = ['--server', 'msn.example.test', '--user', 'me@x.test'];

describe('command-line options', () => {
  it('defaults: port 1863, the nexus on the server host, NLN, reconnecting, text mode', () => {
    expect(options(...base)).toMatchObject({
      host: 'msn.example.test',
      port: 1863,
      nexusUrl: 'https://msn.example.test/rdr/pprdr.asp',
      loginUrl: null,
      status: 'NLN',
      reconnect: true,
      json: false,
      script: null,
      exitOnError: false,
      fileTransfer: {},
    });
  });

  it('reads the script, JSON and file-transfer options', () => {
    expect(
      options(
        ...['--server', '[::1]:1864', '--user', 'me@x.test', '--json', '--exit-on-error'],
        ...['--script', 'run.txt', '--no-reconnect', '--status', 'HDN'],
        ...['--file-bind', '127.0.0.1', '--file-advertise', '10.0.0.2', '--file-port', '6891'],
      ),
    ).toMatchObject({
      host: '::1',
      port: 1864,
      nexusUrl: 'https://[::1]/rdr/pprdr.asp',
      json: true,
      exitOnError: true,
      script: 'run.txt',
      reconnect: false,
      status: 'HDN',
      fileTransfer: { bindHost: '127.0.0.1', advertisedHost: '10.0.0.2', port: 6891 },
    });
  });

  it('a fixed login URL means no nexus unless one is given', () => {
    expect(options(...base, '--login-url', 'https://login.test/login2.srf')).toMatchObject({
      nexusUrl: null,
      loginUrl: 'https://login.test/login2.srf',
    });
  });

  it('--user may be given several times, with one --password-env or one per user', () => {
    expect(options(...base, '--user', 'you@x.test')).toMatchObject({
      users: ['me@x.test', 'you@x.test'],
      passwordEnvs: [],
    });
    expect(
      options(...base, '--user', 'you@x.test', '--password-env', 'A', '--password-env', 'B'),
    ).toMatchObject({ passwordEnvs: ['A', 'B'] });
    expect(options(...base, '--password-env', 'PW')).toMatchObject({
      users: ['me@x.test'],
      passwordEnvs: ['PW'],
    });
  });

  it('--help needs no other option', () => {
    expect(parseCliArgs(['--help'])).toEqual({ help: true });
    expect(parseCliArgs(['-h', '--server', 'h'])).toEqual({ help: true });
  });

  it.each([
    [['--user', 'me@x.test'], /--server/],
    [['--server', 'h'], /--user/],
    [[...base, '--bogus'], /bogus/],
    [[...base, '--status', 'FLN'], /--status must be one of/],
    [['--server', 'h:99999', '--user', 'me@x.test'], /--server must be/],
    [[...base, '--switchboard', 'nope'], /--switchboard must be HOST:PORT/],
    [[...base, '--file-port', 'x'], /--file-port must be a whole number/],
    [[...base, '--user', 'ME@x.test'], /a --user is given twice/],
    [[...base, '--user', 'b@x.test', '--file-port', '6891'], /--file-port cannot be used/],
    [
      [
        ...base,
        '--user',
        'b@x.test',
        '--user',
        'c@x.test',
        '--password-env',
        'A',
        '--password-env',
        'B',
      ],
      /one --password-env, or one per --user/,
    ],
  ])('%j is a usage error', (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(UsageError);
    expect(() => parseCliArgs(argv)).toThrow(message);
  });
});
