// Grey lines without a header: joined, left, nudges, errors.
import type { TranscriptEntry } from '../../stores/conversations';
import { en } from '../../strings/en';

type SystemEntry = Extract<TranscriptEntry, { kind: 'system' }>;

export function systemText(entry: SystemEntry): string {
  switch (entry.system) {
    case 'joined':
      return en.conversation.joined(entry.name);
    case 'left':
      return en.conversation.left(entry.name);
    case 'nudgeIn':
      return en.conversation.nudgeIn(entry.name);
    case 'nudgeOut':
      return en.conversation.nudgeOut;
    case 'error':
      return entry.text ?? '';
  }
}

export function SystemLine({ entry }: { entry: SystemEntry }): React.JSX.Element {
  return <div className={`system-line system-line--${entry.system}`}>{systemText(entry)}</div>;
}
