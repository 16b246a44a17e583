// The password comes from an environment variable, a prompt on a terminal, or the first line
// of stdin — never from argv, where other users of the machine could read it.
import type { LineSource } from './line-source';

/** Reads a password from the terminal without echoing it. */
export function promptPassword(question: string): Promise<string> {
  return new Promise((resolve) => {
    const input = process.stdin;
    process.stderr.write(question);
    let value = '';
    input.setRawMode(true);
    input.resume();
    const onData = (buf: Buffer) => {
      for (const ch of buf.toString('utf8')) {
        if (ch === '\r' || ch === '\n') {
          input.setRawMode(false);
          input.pause();
          input.off('data', onData);
          process.stderr.write('\n');
          resolve(value);
          return;
        }
        if (ch === '\u0003') process.exit(130);
        if (ch === '\u007f') value = value.slice(0, -1);
        else value += ch;
      }
    };
    input.on('data', onData);
  });
}

/** The password of one --user: its variable, a prompt, or the next stdin line. */
export async function readPassword(
  user: string,
  envName: string | null,
  stdinLines: () => LineSource,
): Promise<string | undefined> {
  if (envName) return process.env[envName];
  if (process.stdin.isTTY) return promptPassword(`Password for ${user}: `);
  const first = await stdinLines().next();
  return first?.text;
}
