// Files a page handed main as bytes (web harness, `files:sendData`): each is written to a
// private folder under the user-data folder, offered through the core by path, and deleted
// once its transfer is over (or at the next start, if the app stopped before that).
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import type { FileTransfer, FileTransferState } from '@shared/domain';

const FINAL: readonly FileTransferState[] = ['completed', 'declined', 'cancelled', 'failed'];

export const isFinalTransferState = (state: FileTransferState): boolean => FINAL.includes(state);

export class OutgoingFiles {
  /** Transfer id → the folder holding its file. */
  private readonly byTransfer = new Map<string, string>();

  private constructor(private readonly root: string) {}

  /** Opens `<userDataDir>/outgoing`, removing whatever an earlier run left there. */
  static async open(userDataDir: string): Promise<OutgoingFiles> {
    const root = join(userDataDir, 'outgoing');
    await rm(root, { recursive: true, force: true });
    await mkdir(root, { recursive: true, mode: 0o700 });
    return new OutgoingFiles(root);
  }

  /** Writes the bytes under their own name, in a fresh folder only this user can read. */
  async write(fileName: string, data: Uint8Array): Promise<string> {
    const folder = await mkdtemp(join(this.root, 'send-'));
    const path = join(folder, fileName);
    try {
      await writeFile(path, data, { mode: 0o600, flag: 'wx' });
    } catch (error) {
      await rm(folder, { recursive: true, force: true });
      throw error;
    }
    return path;
  }

  /**
   * Ties a written file to its transfer; `state` is the transfer's state right after the offer
   * (an offer that failed at once is already final).
   */
  track(transferId: string, path: string, state: FileTransferState | undefined): void {
    const folder = dirname(path);
    if (state !== undefined && isFinalTransferState(state)) void this.removeFolder(folder);
    else this.byTransfer.set(transferId, folder);
  }

  /** Removes a written file that never became a transfer. */
  discard(path: string): Promise<void> {
    return this.removeFolder(dirname(path));
  }

  /** Every transfer update passes here: a finished one's file is deleted. */
  observe(transfer: FileTransfer): void {
    const folder = this.byTransfer.get(transfer.id);
    if (folder === undefined || !isFinalTransferState(transfer.state)) return;
    this.byTransfer.delete(transfer.id);
    void this.removeFolder(folder);
  }

  get pending(): number {
    return this.byTransfer.size;
  }

  async dispose(): Promise<void> {
    this.byTransfer.clear();
    await rm(this.root, { recursive: true, force: true });
  }

  private async removeFolder(folder: string): Promise<void> {
    // Only folders this store created: never anything outside its root.
    if (!folder.startsWith(this.root + sep)) return;
    await rm(folder, { recursive: true, force: true }).catch(() => undefined);
  }
}
