// Runs the command-line harness (main/cli/) in a child process with `stdin` as its input and
// `env` added to the environment; resolves with stdout and stderr together and the exit code
// (null when killed after 15 s).
import { spawn } from 'node:child_process';

export function runCli(
  args: string[],
  stdin: string,
  env: Record<string, string>,
): Promise<{ out: string; code: number | null }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'main/cli/index.ts', ...args], {
      env: { ...process.env, ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const timer = setTimeout(() => child.kill(), 15_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ out, code });
    });
    child.stdin.end(stdin);
  });
}
