// Marks a received file as coming from the internet, where the platform has such a mark, so
// the OS warns before it is opened: Windows reads a Zone.Identifier alternate data stream,
// macOS the com.apple.quarantine extended attribute; Linux has no common mark.
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';

export type DownloadMark =
  | { kind: 'none' }
  /** Windows: an NTFS alternate data stream beside the file's content. */
  | { kind: 'alternate-stream'; path: string; content: string }
  /** macOS: a command run without a shell. */
  | { kind: 'command'; file: 'xattr'; args: string[] };

/** Zone 3 is "Internet" (URLZONE_INTERNET). */
export const ZONE_IDENTIFIER = '[ZoneTransfer]\r\nZoneId=3\r\n';

/** What would be written for `filePath` on `platform`. */
export function downloadMarkFor(
  filePath: string,
  platform: NodeJS.Platform,
  now: Date = new Date(),
  id: string = randomUUID(),
): DownloadMark {
  if (platform === 'win32') {
    return {
      kind: 'alternate-stream',
      path: `${filePath}:Zone.Identifier`,
      content: ZONE_IDENTIFIER,
    };
  }
  if (platform === 'darwin') {
    // flags;seconds since 1970 in hex;agent;event id — the format browsers write.
    const seconds = Math.floor(now.getTime() / 1000).toString(16);
    const value = `0081;${seconds};Tweener;${id.toUpperCase()}`;
    return {
      kind: 'command',
      file: 'xattr',
      args: ['-w', 'com.apple.quarantine', value, filePath],
    };
  }
  return { kind: 'none' };
}

export interface MarkWriter {
  writeFile(path: string, content: string): Promise<void>;
  run(file: string, args: string[]): Promise<void>;
}

export const systemMarkWriter: MarkWriter = {
  writeFile: (path, content) => writeFile(path, content, 'utf8'),
  run: (file, args) =>
    new Promise((resolve, reject) => {
      // execFile: no shell, so a file name is never read as a command.
      execFile(file, args, { timeout: 5000, windowsHide: true }, (error) =>
        error ? reject(error) : resolve(),
      );
    }),
};

/**
 * Best effort: true when a mark was written. A drive without alternate streams (FAT, a
 * network share) or a missing `xattr` leaves the file unmarked but kept.
 */
export async function markDownloaded(
  filePath: string,
  platform: NodeJS.Platform = process.platform,
  writer: MarkWriter = systemMarkWriter,
): Promise<boolean> {
  const mark = downloadMarkFor(filePath, platform);
  try {
    if (mark.kind === 'alternate-stream') await writer.writeFile(mark.path, mark.content);
    else if (mark.kind === 'command') await writer.run(mark.file, mark.args);
    else return false;
    return true;
  } catch {
    return false;
  }
}
