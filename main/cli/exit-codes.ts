// The command line's exit codes (README.md, "Command line"): scripts branch on them, so they
// never change meaning; a new case gets a new number.
export const ExitCode = {
  /** `quit`, the end of the script or of stdin. */
  ok: 0,
  /** Sign-in failed (wrong password, unreachable server, …). */
  signInFailed: 1,
  /** Bad options, or (with --exit-on-error) a command that could not be parsed. */
  usage: 2,
  /** The connection was lost for good after sign-in (reconnecting gave up or was off). */
  connectionLost: 3,
  /** With --exit-on-error: a command that was understood but failed. */
  commandFailed: 4,
  /** Ctrl+C (SIGINT): signed out first. */
  interrupted: 130,
  /** SIGTERM: signed out first. */
  terminated: 143,
} as const;

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/** Why the run ended, as the JSON `exit` line says it. */
export type ExitReason =
  'quit' | 'endOfInput' | 'signInFailed' | 'usage' | 'connectionLost' | 'commandFailed' | 'signal';
