// Text mode: readable lines on stdout (text-format.ts); why a run ended, on stderr.
import { formatCertificateFailure } from '../msnp/passport/certificate';
import type { CliEventName } from './events';
import type { CommandOutcome, LineWriter, Output, RunEnd } from './output';
import { eventText, resultText } from './text-format';

export class TextOutput implements Output {
  constructor(private readonly writer: LineWriter) {}

  // With several accounts, each line starts with the account it is about.
  event(name: CliEventName, data: unknown, account?: string): void {
    this.writer.out(`${prefix(account)}${eventText(name, data)}`);
  }

  result(outcome: CommandOutcome, account?: string): void {
    for (const line of resultText(outcome)) this.writer.out(`${prefix(account)}${line}`);
  }

  end({ reason, message, failure }: RunEnd): void {
    if (reason === 'signInFailed' && failure?.certificate) {
      // login.md §5.6: show the certificate and the --pin that would trust it.
      this.writer.diagnostic(`sign-in failed: ${failure.kind}:`);
      for (const line of formatCertificateFailure(failure)) this.writer.diagnostic(`  ${line}`);
    } else if (reason === 'signInFailed' && failure)
      this.writer.diagnostic(`sign-in failed: ${failure.kind}: ${failure.message}`);
    else if (reason === 'connectionLost' && failure)
      this.writer.diagnostic(`connection lost: ${failure.kind}: ${failure.message}`);
    else if (message) this.writer.diagnostic(message);
  }
}

const prefix = (account: string | undefined): string => (account ? `[${account}] ` : '');
