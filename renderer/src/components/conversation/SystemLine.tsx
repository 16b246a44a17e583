// Grey lines without a header: joined, left, nudges, errors.
import type { TranscriptEntry } from '../../stores/conversations';
import { l10n } from '../../strings';
import { isolate } from '../isolate';

type SystemEntry = Extract<TranscriptEntry, { kind: 'system' }>;

export function systemText(entry: SystemEntry): React.ReactNode {
  switch (entry.system) {
    case 'joined':
      return isolate(l10n.conversation.joined, { name: entry.name });
    case 'left':
      return isolate(l10n.conversation.left, { name: entry.name });
    case 'nudgeIn':
      return isolate(l10n.conversation.nudgeIn, { name: entry.name });
    case 'nudgeOut':
      return l10n.conversation.nudgeOut;
    case 'error':
      return <bdi>{entry.text ?? ''}</bdi>;
  }
}

export function SystemLine({ entry }: { entry: SystemEntry }): React.JSX.Element {
  return <div className={`system-line system-line--${entry.system}`}>{systemText(entry)}</div>;
}
