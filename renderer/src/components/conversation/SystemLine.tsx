// Grey lines without a header: joined, left, nudges, errors.
import type { TranscriptEntry } from '../../stores/conversations';
import { en } from '../../strings/en';
import { isolate } from '../isolate';

type SystemEntry = Extract<TranscriptEntry, { kind: 'system' }>;

export function systemText(entry: SystemEntry): React.ReactNode {
  switch (entry.system) {
    case 'joined':
      return isolate(en.conversation.joined, entry.name);
    case 'left':
      return isolate(en.conversation.left, entry.name);
    case 'nudgeIn':
      return isolate(en.conversation.nudgeIn, entry.name);
    case 'nudgeOut':
      return en.conversation.nudgeOut;
    case 'error':
      return <bdi>{entry.text ?? ''}</bdi>;
  }
}

export function SystemLine({ entry }: { entry: SystemEntry }): React.JSX.Element {
  return <div className={`system-line system-line--${entry.system}`}>{systemText(entry)}</div>;
}
