// Whether the installed Electron major is still supported, without asking the network: Electron
// supports the latest three stable majors and ships a new major every 8 weeks, so the current
// latest major is estimated from one known release (an anchor) and the calendar. Pure, so the
// estimate is tested with fixed dates (test/unit/tooling/electron-support.test.ts).

/** A known stable release: electron@45.0.0 was published on 2026-10-21 (npm registry time). */
export const ELECTRON_ANCHOR = { major: 45, date: '2026-10-21' } as const;
/** Electron's release cadence (https://www.electronjs.org/docs/latest/tutorial/electron-timelines). */
export const CADENCE_DAYS = 56;
/** Electron supports the latest three stable majors. */
export const SUPPORTED_MAJORS = 3;

const DAY_MS = 24 * 60 * 60 * 1000;

export type SupportStatus = 'supported' | 'ending' | 'unsupported';

export interface ElectronSupport {
  installed: number;
  /** The latest major, estimated (never below the installed one). */
  latest: number;
  status: SupportStatus;
  /** When the installed major is expected to leave support (the release of installed + 3). */
  endsOn: string;
}

/** The major of a version string ("45.5.0", "v45.0.0-beta.1"), or NaN. */
export function majorOf(version: string): number {
  const match = /^v?(\d+)\./.exec(version.trim());
  return match ? Number(match[1]) : Number.NaN;
}

const anchorTime = (anchor: { date: string }): number => Date.parse(`${anchor.date}T00:00:00Z`);

/** The latest stable major expected on `now`, from the anchor and the 8-week cadence. */
export function estimatedLatestMajor(
  now: Date,
  anchor: { major: number; date: string } = ELECTRON_ANCHOR,
): number {
  const days = Math.floor((now.getTime() - anchorTime(anchor)) / DAY_MS);
  return anchor.major + Math.floor(days / CADENCE_DAYS);
}

/** The date (YYYY-MM-DD) a major is expected to be released, on the same cadence. */
export function expectedReleaseDate(
  major: number,
  anchor: { major: number; date: string } = ELECTRON_ANCHOR,
): string {
  const time = anchorTime(anchor) + (major - anchor.major) * CADENCE_DAYS * DAY_MS;
  return new Date(time).toISOString().slice(0, 10);
}

export function electronSupport(
  installedVersion: string,
  now: Date,
  anchor: { major: number; date: string } = ELECTRON_ANCHOR,
): ElectronSupport {
  const installed = majorOf(installedVersion);
  if (!Number.isInteger(installed))
    throw new Error(`Not an Electron version: "${installedVersion}"`);
  // A newer installed major than the estimate means the estimate is behind, not the app.
  const latest = Math.max(installed, estimatedLatestMajor(now, anchor));
  const oldestSupported = latest - (SUPPORTED_MAJORS - 1);
  const status: SupportStatus =
    installed < oldestSupported
      ? 'unsupported'
      : installed === oldestSupported
        ? 'ending'
        : 'supported';
  return {
    installed,
    latest,
    status,
    endsOn: expectedReleaseDate(installed + SUPPORTED_MAJORS, anchor),
  };
}

/** What to print: null when there is nothing to say. */
export function supportMessage(support: ElectronSupport): string | null {
  const upgrade = `Upgrade: ELECTRON_SKIP_BINARY_DOWNLOAD=1 npm install -D electron@^${support.latest}, then update ELECTRON_ANCHOR in test/tooling/electron-support.ts.`;
  switch (support.status) {
    case 'supported':
      return null;
    case 'ending':
      return [
        `Electron ${support.installed} is the oldest supported major (latest estimated: ${support.latest}).`,
        `Its support is expected to end on ${support.endsOn}, when Electron ${support.installed + SUPPORTED_MAJORS} comes out.`,
        upgrade,
      ].join('\n');
    case 'unsupported':
      return [
        `Electron ${support.installed} is OUT OF SUPPORT: no more security fixes.`,
        `Estimated latest major: ${support.latest} (supported: ${support.latest - SUPPORTED_MAJORS + 1}–${support.latest}); support ended around ${support.endsOn}.`,
        '(Estimated from the 8-week release cadence, without the network: check `npm view electron dist-tags`.)',
        upgrade,
      ].join('\n');
  }
}
