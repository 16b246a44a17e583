// "To: Name <e-mail>, ..." (ui-spec §1.4.1).
import { useContacts } from '../../stores/contacts';
import { en } from '../../strings/en';

export function participantNames(
  emails: readonly string[],
  byEmail: Record<string, { friendlyName: string }>,
): string[] {
  return emails.map((e) => byEmail[e]?.friendlyName ?? e);
}

export function ToLine({ participants }: { participants: readonly string[] }): React.JSX.Element {
  const byEmail = useContacts((s) => s.byEmail);
  return (
    <div className="to-line">
      <span className="to-line__label">{en.conversation.to}</span>{' '}
      {participants.map((email, i) => (
        <span key={email}>
          {i > 0 ? ', ' : ''}
          <span className="to-line__name">{byEmail[email]?.friendlyName ?? email}</span>{' '}
          <span className="muted">&lt;{email}&gt;</span>
        </span>
      ))}
    </div>
  );
}
