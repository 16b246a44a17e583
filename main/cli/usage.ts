// `--help`: every option, every command, how commands name things, and the exit codes.
import { commandLines, syntaxOf } from './command-spec';
import { COMMANDS } from './command-table';
import { ExitCode } from './exit-codes';

const OPTIONS_TEXT = `usage: npm run cli -- --server HOST[:PORT] --user EMAIL [--user EMAIL...] [options]

  --user EMAIL         the account to sign in; give it again to sign in several at once (every
                       line then names its account; \`use EMAIL\` picks the one commands act on)
  --password-env VAR   read the password from environment variable VAR (else: a prompt on a
                       terminal, or the first line of stdin); once for every --user, or once each
  --json               print every event and command result as one JSON object per line
  --script FILE        run the commands in FILE (one per line), then sign out and exit
  --exit-on-error      stop at the first command that fails (exit code ${ExitCode.usage} or ${ExitCode.commandFailed})
  --status CODE        first status: NLN BSY IDL BRB AWY PHN LUN HDN (default NLN)
  --download-dir DIR   where accepted files are saved (default ~/Downloads)
  --file-bind HOST     address to listen on for file transfers (default all)
  --file-advertise IP  address to give contacts for file transfers (default: this machine's)
  --file-port N        port to listen on for file transfers (default: any free one)
  --nexus URL          Passport nexus (default https://HOST/rdr/pprdr.asp)
  --login-url URL      fixed Passport login URL (no nexus)
  --ca FILE            extra trusted CA certificate (PEM) for Passport
  --pin SHA256         pinned SHA-256 fingerprint of the Passport certificate
  --switchboard H:P    connect to this switchboard instead of the one the server names
  --no-reconnect       do not reconnect after a lost connection (exit ${ExitCode.connectionLost} at once)
  -h, --help           this text`;

const REFERENCES_TEXT = `CONV: a conversation id (or its first 4+ characters); a contact's e-mail address (the
one-to-one conversation, which say, typing, nudge and send-file open if needed); or . (the last
conversation a command named or that wrote to me). TRANSFER: a transfer id (or its first 4+
characters), or . (accept/decline: the newest offer; cancel: the newest unfinished transfer).
TEXT, PATH and DIR are the rest of the line, or one "JSON string" (for line breaks); -- ends
the options. Lines starting with # are comments.`;

const EXIT_TEXT = `exit codes: ${ExitCode.ok} normal end (quit, end of script or stdin), ${ExitCode.signInFailed} sign-in failed,
${ExitCode.usage} usage (bad options; with --exit-on-error a command that could not be parsed),
${ExitCode.connectionLost} connection lost for good, ${ExitCode.commandFailed} a command failed (--exit-on-error), ${ExitCode.interrupted} Ctrl+C, ${ExitCode.terminated} SIGTERM.`;

function commandsText(): string {
  return commandLines(COMMANDS.map((c) => ({ syntax: syntaxOf(c), summary: c.summary }))).join(
    '\n',
  );
}

export function usageText(): string {
  return [
    OPTIONS_TEXT,
    `commands (one per line, on stdin or in the --script file, once signed in):\n${commandsText()}`,
    REFERENCES_TEXT,
    EXIT_TEXT,
  ].join('\n\n');
}
