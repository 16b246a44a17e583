// Small helpers for file-transfer states and their words (reference: switchboard.md §11, errors.md §3).
import type { FileTransfer, FileTransferState } from '@shared/domain';

/** The manager's record of one transfer. */
export interface Entry {
  transfer: FileTransfer;
  /** Invitation-Cookie: identifies the invitation in every reply (§11). */
  cookie: string;
  /** Outgoing: the local file. */
  filePath?: string;
  /** Incoming: false when the sender said `Connectivity: N` (§11.1 step 2b: we listen). */
  senderCanListen: boolean;
  saveDir?: string;
  abort: AbortController;
}

export const CONNECTION_FAILED_TEXT = 'The file could not be transferred (connection failed).';

export function isFinal(state: FileTransferState): boolean {
  return ['completed', 'declined', 'cancelled', 'failed'].includes(state);
}

/** Words for a peer's CANCEL by its Cancel-Code (§11). */
export function cancelText(code: string): string {
  switch (code.toUpperCase()) {
    case 'REJECT':
      return 'The other person declined the file.';
    case 'FTTIMEOUT':
      return CONNECTION_FAILED_TEXT;
    case 'OUTBANDCANCEL':
      return 'The other person closed the conversation.';
    case 'REJECT_NOT_INSTALLED':
    case 'FAIL':
      return "The other person's program can't receive files this way.";
    default:
      return 'The other person cancelled the transfer.';
  }
}

/** Progress events every 1 % or 16 KiB, whichever is larger, and at the end: no event per block. */
export class ProgressGate {
  private last = 0;
  constructor(private readonly size: number) {}
  shouldEmit(done: number): boolean {
    const step = Math.max(Math.floor(this.size / 100), 16 * 1024);
    if (done >= this.size || done - this.last >= step) {
      this.last = done;
      return true;
    }
    return false;
  }
}
